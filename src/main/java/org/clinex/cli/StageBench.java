package org.clinex.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;
import org.clinex.EntityType;
import org.clinex.Extractor;
import org.clinex.pipeline.ModelSource;
import org.clinex.pipeline.Pipeline;

/**
 * Per-document micro-benchmark of the rule stages: for the shared preparation (layout, tokens,
 * sentences, sections) and for each type's rules alone, thread CPU time per document over the
 * corpus, one warm-up pass, then {@code passes} timed passes; median, min and max. CPU time of the
 * measuring thread, not wall time, so that other work on a shared machine does not count.
 */
final class StageBench {
  private final List<String> docs;
  private final int passes;
  private final Path rules;
  private long sink;

  /** {@code rules}: a rules directory, or {@code null} for the bundled rules. */
  StageBench(List<String> docs, int passes, Path rules) {
    this.docs = docs;
    this.passes = passes;
    this.rules = rules;
  }

  /** {"prepare": {...}, "Age": {..., "rules_ms_per_doc"}, ...}: ms per document. */
  Map<String, Object> run(BiConsumer<String, Object[]> say) {
    Map<String, Object> out = new LinkedHashMap<>();
    // The types first, preparation last: measured first, preparation ran before the JIT had compiled
    // the tokenizer fully and came out above a type's whole extraction.
    Map<EntityType, double[]> perType = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      Extractor one = Extractor.builder().rulesDir(rules).types(EnumSet.of(type)).build();
      perType.put(type, cpuMsPerDoc(d -> one.extract(d).mentions().size()));
    }
    Pipeline shared = new Pipeline(ModelSource.of(rules), EnumSet.of(EntityType.AGE));
    double[] prepare = cpuMsPerDoc(d -> shared.prepare(d).tokens().size());
    out.put("prepare", figures(prepare, Double.NaN));
    say.accept("stage prepare: %.2f ms/doc CPU (min %.2f, max %.2f)", new Object[] {prepare[passes / 2], prepare[0], prepare[passes - 1]});
    perType.forEach((type, ms) -> {
      out.put(type.label(), figures(ms, prepare[passes / 2]));
      say.accept("stage %s: %.2f ms/doc CPU with preparation, rules %.2f (min %.2f, max %.2f)",
          new Object[] {type.label(), ms[passes / 2], ms[passes / 2] - prepare[passes / 2], ms[0], ms[passes - 1]});
    });
    out.put("passes", passes);
    out.put("note", "thread CPU ms per document, one type's extractor at a time; rules_ms_per_doc = ms_per_doc - prepare");
    return out;
  }

  long sink() {
    return sink;
  }

  private double[] cpuMsPerDoc(ToIntFunction<String> work) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String d : docs) {
      sink += work.applyAsInt(d); // warm-up pass
    }
    double[] ms = new double[passes];
    for (int p = 0; p < passes; p++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String d : docs) {
        sink += work.applyAsInt(d);
      }
      ms[p] = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / docs.size();
    }
    Arrays.sort(ms);
    return ms;
  }

  private static Map<String, Object> figures(double[] sorted, double prepare) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ms_per_doc", BenchCommand.round(sorted[sorted.length / 2]));
    m.put("ms_per_doc_min", BenchCommand.round(sorted[0]));
    m.put("ms_per_doc_max", BenchCommand.round(sorted[sorted.length - 1]));
    if (!Double.isNaN(prepare)) {
      m.put("rules_ms_per_doc", BenchCommand.round(sorted[sorted.length / 2] - prepare));
    }
    return m;
  }
}
