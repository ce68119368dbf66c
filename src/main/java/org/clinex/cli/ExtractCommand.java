package org.clinex.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinex.Extractor;
import org.clinex.io.AtomicFiles;
import org.clinex.io.Brat;
import org.clinex.io.Csv;
import org.clinex.io.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clinex extract}: mentions of every document, as JSON lines, brat or CSV, streamed in input
 * order. Exit codes: 0 every document extracted, 1 some failed (listed on stderr), 2 bad usage.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract mentions from text files (directories are walked for *.txt).")
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, brat, csv }

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), brat or csv")
  Format format;

  @Option(names = "--out", description = "output directory (required for brat; jsonl/csv go to OUT/mentions.jsonl|csv, else stdout)")
  Path out;

  @Option(names = "--rules", description = "rules directory with the layout of models/ (default: the bundled rules)")
  Path rules;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
  Integer threads;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "time limit per document; one that exceeds it is reported as failed (default 30)")
  double timeout;

  @Option(names = "--resume", description = "brat only: skip documents whose OUT/NAME.ann already exists")
  boolean resume;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
  List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    if (format == Format.brat && out == null) {
      throw new IllegalArgumentException("--format brat writes NAME.ann files and needs --out DIR");
    }
    if (resume && format != Format.brat) {
      throw new IllegalArgumentException("--resume needs --format brat (it skips documents whose .ann exists)");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || timeout <= 0) {
      throw new IllegalArgumentException("--threads and --timeout must be positive");
    }
    List<Path> documents = Inputs.expand(inputs);
    Extractor extractor = Extractor.builder().rulesDir(rules).build();
    Progress progress = new Progress(documents.size());
    BatchRun batch = new BatchRun(extractor, workers, timeout);
    BatchRun.Summary summary;
    if (format == Format.brat) {
      summary = batch.run(documents, file -> resume && Files.exists(annOf(file)), outcome -> {
        if (!outcome.failed()) {
          if (outcome.pdfText() != null) { // offsets index the extracted text: keep it beside the .ann
            AtomicFiles.write(annOf(outcome.file()).resolveSibling(Inputs.name(outcome.file()) + ".txt"), outcome.pdfText());
          }
          AtomicFiles.write(annOf(outcome.file()), Brat.format(outcome.mentions()));
        }
      }, progress::step);
    } else {
      AtomicFiles.Pending file = out == null ? null : AtomicFiles.open(out.resolve("mentions." + format));
      try {
        Writer writer = file != null ? file.writer() : new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        if (format == Format.csv) {
          writer.write(Csv.HEADER + "\r\n");
        }
        summary = batch.run(documents, f -> false, outcome -> {
          if (!outcome.failed()) {
            String name = Inputs.name(outcome.file());
            writer.write(format == Format.csv ? Csv.rows(name, outcome.mentions()) : JsonLines.line(name, outcome.pdfText(), outcome.mentions()) + "\n");
          }
        }, progress::step);
        writer.flush();
        if (file != null) {
          file.commit();
        }
      } finally {
        if (file != null) {
          file.close();
        }
      }
    }
    progress.done();
    report(summary);
    return summary.failures().isEmpty() ? 0 : 1;
  }

  private Path annOf(Path file) {
    return out.resolve(Inputs.name(file) + ".ann");
  }

  private static void report(BatchRun.Summary s) {
    if (s.failures().isEmpty() && s.read() <= 1 && s.skipped() == 0) {
      return; // a single good document needs no summary
    }
    System.err.println("clinex: " + s.read() + " read, " + s.succeeded() + " succeeded, " + s.failures().size() + " failed"
        + (s.skipped() > 0 ? ", " + s.skipped() + " skipped (--resume)" : ""));
    for (String failure : s.failures()) {
      System.err.println("clinex: failed: " + failure);
    }
  }
}
