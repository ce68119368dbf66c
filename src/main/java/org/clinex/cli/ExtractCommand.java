package org.clinex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.clinex.io.AtomicFiles;
import org.clinex.io.Brat;
import org.clinex.io.Csv;
import org.clinex.io.DocumentText;
import org.clinex.io.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clinex extract}: mentions of every document, as JSON lines, brat or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract mentions from text and PDF files (directories are walked for *.txt and *.pdf).")
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, brat, csv }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), brat or csv")
  Format format;

  @Option(names = "--out", description = "output directory (required for brat; jsonl/csv go to OUT/mentions.jsonl|csv, else stdout)")
  Path out;

  @Option(names = "--rules", description = "rules directory with the layout of models/ (default: the bundled rules)")
  Path rules;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
  List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    if (format == Format.brat && out == null) {
      throw new IllegalArgumentException("--format brat writes NAME.ann files and needs --out DIR");
    }
    List<Path> documents = Inputs.expand(inputs);
    Extractor extractor = rules == null ? Extractor.create() : Extractor.builder().rulesDir(rules).build();
    StringBuilder collected = new StringBuilder(format == Format.csv ? Csv.HEADER + "\r\n" : "");
    PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Progress progress = new Progress(documents.size());
    int failed = 0;
    for (Path file : documents) {
      String name = Inputs.name(file);
      DocumentText document;
      try {
        document = DocumentText.read(file);
      } catch (IOException e) {
        System.err.println("clinex: " + file + ": cannot read (" + e.getMessage() + ")");
        failed++;
        continue;
      }
      List<Mention> mentions = extractor.extract(document.text()).mentions();
      switch (format) {
        case brat -> {
          if (document.fromPdf()) { // offsets index the extracted text: keep it beside the .ann
            AtomicFiles.write(out.resolve(name + ".txt"), document.text());
          }
          AtomicFiles.write(out.resolve(name + ".ann"), Brat.format(mentions));
        }
        case jsonl -> {
          String line = JsonLines.line(name, document.fromPdf() ? document.text() : null, mentions) + "\n";
          if (out == null) {
            stdout.print(line);
          } else {
            collected.append(line);
          }
        }
        case csv -> {
          String rows = Csv.rows(name, mentions);
          if (out == null) {
            stdout.print(collected.length() > 0 ? collected + rows : rows);
            collected.setLength(0);
          } else {
            collected.append(rows);
          }
        }
      }
      progress.step();
    }
    stdout.flush();
    if (out != null && format != Format.brat) {
      AtomicFiles.write(out.resolve("mentions." + format), collected.toString());
    }
    progress.done();
    return failed == 0 ? 0 : 1;
  }
}
