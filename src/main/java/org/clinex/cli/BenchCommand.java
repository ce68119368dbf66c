package org.clinex.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.clinex.Extractor;
import org.clinex.io.AtomicFiles;
import org.clinex.io.JsonLines;
import org.clinex.io.TextFiles;
import org.clinex.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clinex bench}: throughput of clinex against CoreNLP's {@code tokenize,ssplit} floor and its
 * stock {@code tokenize,ssplit,pos,lemma,ner} pipeline, in one JVM. Each measurement warms up, then
 * runs several timed iterations of a fixed time budget and reports the median with min and max.
 * Per-document times are tenths of a second, far above timer resolution, so this loop is as careful
 * as JMH would be here; the JIT is warm before timing starts and every result is consumed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure documents/s and tokens/s of clinex vs CoreNLP tokenize,ssplit and the stock pipeline.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "../shared/corpus/dwc-imr/txt", paramLabel = "DIR", description = "documents (default ../shared/corpus/dwc-imr/txt)")
  Path corpus;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
  Integer threads;

  @Option(names = "--seconds", defaultValue = "10", paramLabel = "S", description = "time budget of each timed iteration (default 10)")
  double seconds;

  @Option(names = "--iterations", defaultValue = "5", paramLabel = "K", description = "timed iterations per measurement (default 5)")
  int iterations;

  @Option(names = "--stock-docs", defaultValue = "10", paramLabel = "N", description = "documents for the slow stock pipeline, timed once each (default 10)")
  int stockDocs;

  @Option(names = "--scaling", defaultValue = "10000,100000,1000000", split = ",", paramLabel = "CHARS",
      description = "document lengths for the length-scaling run, built from corpus letters (default 10000,100000,1000000; 0 skips)")
  int[] scaling;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON to FILE")
  Path json;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "rules directory with the layout of models/ (default: the bundled rules), to measure a rule's cost without recompiling")
  Path rules;

  @Option(names = "--stages", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "also time each type's rule stage alone, thread CPU per document, --iterations passes (default on; --no-stages skips)")
  boolean stages;

  private final AtomicLong sink = new AtomicLong(); // results are consumed so no work is optimized away

  @Override
  public Integer call() throws Exception {
    // Checked before the corpus is read: each is a divisor or a count of the figures (--stock-docs 0 gave an index error).
    if (stockDocs < 1 || iterations < 1 || seconds <= 0 || (threads != null && threads < 1)) {
      throw new IllegalArgumentException("--stock-docs, --iterations, --seconds and --threads must be positive");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<String> docs = new ArrayList<>();
    for (Path file : Inputs.expand(List.of(corpus))) {
      docs.add(TextFiles.read(file).text());
    }
    resetPeaks();
    long t0 = System.nanoTime();
    Extractor extractor = Extractor.builder().rulesDir(rules).build();
    double load = (System.nanoTime() - t0) / 1e9;
    sink.addAndGet(extractor.extract(docs.get(0)).mentions().size());
    double firstResult = (System.nanoTime() - t0) / 1e9;
    say("clinex: load %.2f s, first result %.2f s after construction began", load, firstResult);

    StanfordCoreNLP floor = new StanfordCoreNLP(Pipeline.corenlpProperties(), false);
    int[] tokens = new int[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      Annotation a = new Annotation(docs.get(i));
      floor.annotate(a);
      tokens[i] = a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    say("corpus: %s, %d documents, %d tokens, %d threads", corpus, docs.size(), Arrays.stream(tokens).sum(), workers);
    Map<String, Object> out = new LinkedHashMap<>();

    Map<String, Object> clinex = throughput("clinex", docs, tokens, workers, d -> sink.addAndGet(extractor.extract(d).mentions().size()));
    out.put("peak_heap_mb_clinex_only", round(peakHeapMb())); // before the stock pipeline's models are loaded
    // Before the stock pipeline: its models stay cached in CoreNLP's annotator pool and crowd the heap.
    if (scaling.length > 0 && scaling[0] > 0) {
      out.put("length_scaling", scaling(extractor, docs));
    }
    Map<String, Object> floorFigures = throughput("corenlp_floor", docs, tokens, workers, d -> sink.addAndGet(annotate(floor, d)));
    Map<String, Object> stock = stock(docs, tokens);
    out.put("clinex", clinex);
    out.put("corenlp_floor", floorFigures);
    out.put("corenlp_default", stock);
    double a = (double) clinex.get("docs_per_s");
    out.put("ratio_clinex_to_floor", round(a / (double) floorFigures.get("docs_per_s")));
    double aSingle = a;
    if (workers > 1) {
      Map<String, Object> single = throughput("clinex_1_thread", docs, tokens, 1, d -> sink.addAndGet(extractor.extract(d).mentions().size()));
      out.put("clinex_1_thread", single);
      aSingle = (double) single.get("docs_per_s");
      out.put("ratio_threads_to_1_thread", round(a / aSingle));
    }
    // The stock pipeline is timed on one thread (its models take most of the heap), so it is
    // compared with clinex on one thread: like with like.
    out.put("ratio_clinex_to_stock", round(aSingle / (double) stock.get("docs_per_s")));
    if (stages) {
      StageBench stageBench = new StageBench(docs, iterations, rules);
      out.put("stages_cpu_ms_per_doc", stageBench.run(BenchCommand::say));
      sink.addAndGet(stageBench.sink());
    }
    out.put("load_s", round(load));
    out.put("first_result_s", round(firstResult));
    out.put("peak_heap_mb", round(peakHeapMb()));
    out.put("threads", workers);
    out.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "max_heap_mb", Runtime.getRuntime().maxMemory() >> 20,
        "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
    out.put("date", Instant.now().toString());
    out.put("settings", Map.of("corpus", corpus.toString(), "seconds", seconds, "iterations", iterations, "stock_docs", stockDocs));
    String text = JsonLines.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
    System.out.print(text);
    if (json != null) {
      AtomicFiles.write(json, text);
    }
    return sink.get() >= 0 ? 0 : 3;
  }

  /**
   * Warm-up for two budgets, then {@code iterations} timed budgets; docs/s and tokens/s medians with
   * min and max. One 5 s warm-up left clinex's first timed budget on two threads at 60% of the later
   * ones (152 against 245-261 docs/s), still compiling: two leave the timed budgets steady.
   */
  private Map<String, Object> throughput(String name, List<String> docs, int[] tokens, int workers, Consumer<String> work) throws Exception {
    for (int warmUp = 0; warmUp < 2; warmUp++) {
      run(docs, tokens, workers, work, Math.min(seconds, 5));
    }
    double[] dps = new double[iterations];
    double[] tps = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      double[] r = run(docs, tokens, workers, work, seconds);
      dps[i] = r[0];
      tps[i] = r[1];
    }
    Map<String, Object> m = figures(dps, tps);
    say("%s: %.2f docs/s (min %.2f, max %.2f), %.0f tokens/s", name, m.get("docs_per_s"), m.get("docs_per_s_min"), m.get("docs_per_s_max"), m.get("tokens_per_s"));
    return m;
  }

  /** Documents cycled on {@code workers} threads until the budget is spent; {docs/s, tokens/s}. */
  private static double[] run(List<String> docs, int[] tokens, int workers, Consumer<String> work, double budget) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokenCount = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + (long) (budget * 1e9);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        done.add(pool.submit(() -> {
          int n = 0;
          do {
            int i = next.getAndIncrement() % docs.size();
            work.accept(docs.get(i));
            tokenCount.addAndGet(tokens[i]);
            n++;
          } while (System.nanoTime() < deadline);
          return n;
        }));
      }
      int count = 0;
      for (Future<Integer> f : done) {
        count += f.get();
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      return new double[] {count / elapsed, tokenCount.get() / elapsed};
    } finally {
      pool.shutdown();
    }
  }

  /** The stock pipeline is about a hundred times slower: a few documents, one thread, each timed once after a warm-up. */
  private Map<String, Object> stock(List<String> docs, int[] tokens) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner"); // CoreNLP's defaults otherwise (SUTime, fine-grained NER on)
    long t0 = System.nanoTime();
    StanfordCoreNLP stock = new StanfordCoreNLP(props);
    double load = (System.nanoTime() - t0) / 1e9;
    sink.addAndGet(annotate(stock, docs.get(0)));
    int n = Math.min(stockDocs, docs.size());
    double[] dps = new double[n];
    double[] tps = new double[n];
    for (int i = 0; i < n; i++) {
      long s = System.nanoTime();
      sink.addAndGet(annotate(stock, docs.get(i)));
      double elapsed = (System.nanoTime() - s) / 1e9;
      dps[i] = 1 / elapsed;
      tps[i] = tokens[i] / elapsed;
    }
    StanfordCoreNLP.clearAnnotatorPool(); // frees the POS and NER models for what follows
    Map<String, Object> m = figures(dps, tps);
    m.put("load_s", round(load));
    m.put("annotators", "tokenize,ssplit,pos,lemma,ner (CoreNLP defaults), 1 thread, " + n + " documents");
    say("corenlp_default: %.3f docs/s (min %.3f, max %.3f), load %.1f s", m.get("docs_per_s"), m.get("docs_per_s_min"), m.get("docs_per_s_max"), load);
    return m;
  }

  /**
   * Time per document of each length, and 1 MB / (100 x 10 KB). Letters are joined into one text of
   * the greatest length, which is then cut into consecutive documents of each length, so every length
   * runs over the same text: the ratio measures length alone, not which letters a short document holds.
   */
  private Map<String, Object> scaling(Extractor extractor, List<String> docs) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<Integer, Double> perDoc = new LinkedHashMap<>();
    int longest = Arrays.stream(scaling).max().orElse(0);
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < longest; i++) {
      b.append(docs.get(i % docs.size())).append("\n\n");
    }
    String all = b.substring(0, longest);
    for (int length : scaling) {
      List<String> pieces = new ArrayList<>();
      for (int from = 0; from + length <= all.length(); from += length) {
        pieces.add(all.substring(from, from + length));
      }
      int reps = 3;
      double[] times = new double[reps];
      sink.addAndGet(extractor.extract(pieces.get(0)).mentions().size()); // warm-up
      for (int r = 0; r < reps; r++) {
        long s = System.nanoTime();
        for (String piece : pieces) {
          sink.addAndGet(extractor.extract(piece).mentions().size());
        }
        times[r] = (System.nanoTime() - s) / 1e9 / pieces.size();
      }
      Arrays.sort(times);
      perDoc.put(length, times[reps / 2]);
      m.put("s_per_doc_" + length, Math.round(times[reps / 2] * 1e5) / 1e5);
      say("length %d chars: %.4f s per document (%d documents of one %d-char text, median of %d)",
          length, times[reps / 2], pieces.size(), all.length(), reps);
    }
    if (perDoc.containsKey(10_000) && perDoc.containsKey(1_000_000)) {
      m.put("ratio_1mb_to_100x_10kb", round(perDoc.get(1_000_000) / (100 * perDoc.get(10_000))));
    }
    return m;
  }

  private static int annotate(StanfordCoreNLP corenlp, String text) {
    Annotation a = new Annotation(text);
    corenlp.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private static Map<String, Object> figures(double[] dps, double[] tps) {
    double[] d = dps.clone();
    double[] t = tps.clone();
    Arrays.sort(d);
    Arrays.sort(t);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs_per_s", round(d[d.length / 2]));
    m.put("tokens_per_s", round(t[t.length / 2]));
    m.put("docs_per_s_min", round(d[0]));
    m.put("docs_per_s_max", round(d[d.length - 1]));
    m.put("iterations", d.length);
    return m;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the heap pools' peaks since {@link #resetPeaks} (an upper bound: pools peak at different times). */
  private static double peakHeapMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static void say(String format, Object... args) {
    System.err.printf("clinex bench: " + format + "%n", args);
  }
}
