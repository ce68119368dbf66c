package org.clinex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.clinex.Extractor;
import org.clinex.eval.Baseline;
import org.clinex.eval.Bootstrap;
import org.clinex.eval.Comparison;
import org.clinex.eval.DocScore;
import org.clinex.eval.ErrorReport;
import org.clinex.eval.Evaluation;
import org.clinex.eval.Evaluator;
import org.clinex.eval.GoldDocument;
import org.clinex.eval.GoldException;
import org.clinex.eval.GoldSet;
import org.clinex.eval.HtmlReport;
import org.clinex.eval.Predictions;
import org.clinex.eval.Region;
import org.clinex.eval.Reports;
import org.clinex.io.AtomicFiles;
import org.clinex.io.BratFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clinex eval}: scores predictions (an extractor run, or brat files) against gold. Exit codes:
 * 0 scored, 1 baseline regression, 2 bad input (gold, predictions, options).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the extractor (or brat predictions) against gold: strict, lenient and value P/R/F1.")
final class EvalCommand implements Callable<Integer> {
  enum Format { table, json, csv, html }

  @Option(names = "--gold", defaultValue = "annotated-gold", paramLabel = "DIR|MANIFEST",
      description = "gold manifest.tsv, a directory holding one, or a plain brat directory (default: annotated-gold)")
  Path gold;

  @Option(names = "--split", defaultValue = "test", description = "dev, test (default) or all")
  String split;

  @Option(names = "--pred", paramLabel = "DIR", description = "brat predictions instead of running the extractor")
  Path pred;

  @Option(names = "--rules", paramLabel = "DIR", description = "rules directory for the extractor (default: bundled rules)")
  Path rules;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json, csv or html")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report here (atomically) instead of stdout")
  Path out;

  @Option(names = "--errors", description = "list every false positive, false negative and wrong value, and per-rule precision")
  boolean errors;

  @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N", description = "bootstrap samples for 95%% CIs (0: none; default 1000)")
  int bootstrap;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "random seed for bootstrap and randomization (default 42)")
  long seed;

  @Option(names = "--compare", arity = "2", paramLabel = "DIR",
      description = "compare two prediction dirs or two rules dirs (a dir with rules/ inside) on the same gold")
  List<Path> compare;

  @Option(names = "--check-baseline", paramLabel = "FILE", description = "exit 1 naming each type whose value F1 fell > 0.02 below FILE")
  Path checkBaseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "write the scores as a baseline JSON to FILE")
  Path writeBaseline;

  @Option(names = "--cut-at", paramLabel = "REGEX",
      description = "score each text before and from the first match of REGEX apart (a mention counts where it starts), "
          + "e.g. 'IMR ISSUES, DECISIONS AND RATIONALES' for a letter's summary and rationales; table or json")
  String cutAt;

  @Override
  public Integer call() throws IOException, BratFormatException, GoldException {
    if (!List.of("dev", "test", "all").contains(split)) {
      throw new IllegalArgumentException("--split must be dev, test or all, not '" + split + "'");
    }
    if (bootstrap < 0) {
      throw new IllegalArgumentException("--bootstrap must be 0 or more");
    }
    Path corpus = GoldSet.defaultCorpusRoot();
    GoldSet goldSet = GoldSet.load(gold, split, corpus);
    if (!goldSet.unresolved().isEmpty()) {
      System.err.println("clinex: warning: " + goldSet.unresolved().size() + " gold document(s) not found (corpus root "
          + corpus + "), skipped: " + String.join(", ", goldSet.unresolved()));
    }
    if (goldSet.documents().isEmpty()) {
      throw new GoldException(gold + ": no gold documents to score" + (split.equals("all") ? "" : " in split " + split));
    }
    Pattern cut = cutAt == null ? null : cut();
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (compare != null) {
      Evaluation a = evaluate(goldSet, source(compare.get(0)));
      Evaluation b = evaluate(goldSet, source(compare.get(1)));
      Comparison c = Comparison.of(compare.get(0).toString(), a, compare.get(1).toString(), b, bootstrap == 0 ? 1000 : bootstrap, seed);
      emit(stdout, format == Format.json ? Reports.json(c.toJson()) : c.table());
      return 0;
    }
    Predictions predictions = pred != null ? Predictions.directory(pred) : extractor(rules);
    if (cut != null) {
      emit(stdout, regionReports(goldSet, predictions, cut));
      return 0;
    }
    Evaluation evaluation = evaluate(goldSet, predictions);
    emit(stdout, report(evaluation));
    if (errors && format == Format.csv) {
      // CSV stays machine-readable: the listing goes to stderr.
      System.err.print(ErrorReport.text(evaluation));
    }
    if (writeBaseline != null) {
      AtomicFiles.write(writeBaseline, Reports.json(evaluation.toJson(null)));
      System.err.println("clinex: wrote baseline " + writeBaseline + " (" + split + " split, " + evaluation.documents().size() + " documents)");
    }
    if (checkBaseline != null) {
      if (!Baseline.exists(checkBaseline)) {
        throw new GoldException(checkBaseline + ": no such baseline (write one with --write-baseline)");
      }
      List<String> regressions = Baseline.regressions(checkBaseline, evaluation);
      for (String r : regressions) {
        System.err.println("clinex: regression: " + r);
      }
      if (!regressions.isEmpty()) {
        return 1;
      }
      System.err.println("clinex: baseline check passed (" + checkBaseline + ")");
    }
    return 0;
  }

  private Bootstrap.Intervals ci(Evaluation evaluation) {
    return bootstrap > 0 ? Bootstrap.intervals(evaluation.documents(), bootstrap, seed) : null;
  }

  private String report(Evaluation evaluation) {
    Bootstrap.Intervals ci = ci(evaluation);
    return switch (format) {
      case table -> Reports.table(evaluation, ci) + (errors ? "\n" + ErrorReport.text(evaluation) : "");
      case json -> Reports.json(json(evaluation, ci));
      case csv -> Reports.csv(evaluation, ci);
      case html -> HtmlReport.render(evaluation, ci, gold + " (" + split + ")");
    };
  }

  private Map<String, Object> json(Evaluation evaluation, Bootstrap.Intervals ci) {
    Map<String, Object> root = evaluation.toJson(ci);
    if (errors) {
      root.putAll(ErrorReport.toJson(evaluation));
    }
    return root;
  }

  private Pattern cut() {
    if (compare != null || writeBaseline != null || checkBaseline != null) {
      throw new IllegalArgumentException("--cut-at scores parts of texts; it does not combine with --compare or a baseline");
    }
    if (format != Format.table && format != Format.json) {
      throw new IllegalArgumentException("--cut-at writes a table or json, not " + format);
    }
    try {
      return Pattern.compile(cutAt);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("--cut-at: not a regex: " + e.getDescription() + " in '" + cutAt + "'");
    }
  }

  /** One report per part: the tables one after the other, or one JSON object keyed by each part's label. */
  private String regionReports(GoldSet goldSet, Predictions predictions, Pattern cut) throws IOException, BratFormatException {
    StringBuilder tables = new StringBuilder();
    Map<String, Object> byPart = new LinkedHashMap<>();
    Predictions once = predictions.memoized(); // each part needs the same predictions
    for (Region region : Region.both(cut)) {
      Evaluation evaluation = evaluate(goldSet.documents().stream().map(region::of).toList(), region.of(once));
      if (format == Format.json) {
        byPart.put(region.label(), json(evaluation, ci(evaluation)));
      } else {
        tables.append(tables.length() == 0 ? "" : "\n").append("== ").append(region.label()).append('\n').append(report(evaluation));
      }
    }
    return format == Format.json ? Reports.json(byPart) : tables.toString();
  }

  private void emit(PrintStream stdout, String report) throws IOException {
    if (out != null) {
      AtomicFiles.write(out, report);
    } else {
      stdout.print(report);
      stdout.flush();
    }
  }

  private static Evaluation evaluate(GoldSet goldSet, Predictions predictions) throws IOException, BratFormatException {
    return evaluate(goldSet.documents(), predictions);
  }

  private static Evaluation evaluate(List<GoldDocument> gold, Predictions predictions) throws IOException, BratFormatException {
    Evaluation evaluation = Evaluator.evaluate(gold, predictions);
    List<String> missing = evaluation.documents().stream().filter(DocScore::predictionMissing).map(d -> d.doc().id()).toList();
    if (!missing.isEmpty()) {
      System.err.println("clinex: warning: no predictions for " + missing.size() + " document(s), scored as all misses: "
          + String.join(", ", missing));
    }
    return evaluation;
  }

  /** A compared dir: a rules dir when it holds rules/, else brat predictions. */
  private static Predictions source(Path dir) throws IOException {
    return Files.isDirectory(dir.resolve("rules")) ? extractor(dir) : Predictions.directory(dir);
  }

  private static Predictions extractor(Path rulesDir) {
    Extractor extractor = Extractor.builder().rulesDir(rulesDir).build();
    return doc -> extractor.extract(doc.text()).mentions();
  }
}
