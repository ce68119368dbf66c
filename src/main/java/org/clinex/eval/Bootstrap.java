package org.clinex.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.clinex.EntityType;

/**
 * 95% percentile-bootstrap intervals for F1, resampling whole documents (mentions in one letter are
 * not independent, so documents are the unit). Seeded: the same seed gives the same intervals.
 */
public final class Bootstrap {
  private Bootstrap() {}

  /** {@code f1[type or micro/macro][level]} = {low, high}; row {@code types} is micro, {@code types+1} macro. */
  public record Intervals(double[][][] f1, int samples, long seed) {
    public double[] of(EntityType type, Level level) {
      return f1[type.ordinal()][level.ordinal()];
    }

    public double[] micro(Level level) {
      return f1[EntityType.values().length][level.ordinal()];
    }

    Map<String, Object> toJson() {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("samples", samples);
      root.put("seed", seed);
      root.put("confidence", 0.95);
      Map<String, Object> types = new LinkedHashMap<>();
      for (EntityType type : EntityType.values()) {
        types.put(type.label(), levels(f1[type.ordinal()]));
      }
      root.put("types", types);
      root.put("micro", levels(f1[EntityType.values().length]));
      root.put("macro", levels(f1[EntityType.values().length + 1]));
      return root;
    }

    private static Map<String, Object> levels(double[][] byLevel) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Level level : Level.values()) {
        m.put(level.key(), Map.of("f1_low", Evaluation.round(byLevel[level.ordinal()][0]),
            "f1_high", Evaluation.round(byLevel[level.ordinal()][1])));
      }
      return m;
    }
  }

  public static Intervals intervals(List<DocScore> documents, int samples, long seed) {
    int types = EntityType.values().length;
    int levels = Level.values().length;
    double[][][] draws = new double[types + 2][levels][samples];
    SplittableRandom random = new SplittableRandom(seed);
    int n = documents.size();
    for (int s = 0; s < samples; s++) {
      int[][][] t = new int[types][levels][3];
      for (int i = 0; i < n && n > 0; i++) {
        int[][][] c = documents.get(random.nextInt(n)).counts();
        for (int ty = 0; ty < types; ty++) {
          for (int l = 0; l < levels; l++) {
            for (int k = 0; k < 3; k++) {
              t[ty][l][k] += c[ty][l][k];
            }
          }
        }
      }
      for (int l = 0; l < levels; l++) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int ty = 0; ty < types; ty++) {
          // A sample without any gold or prediction of the type says nothing about its F1: left out.
          boolean support = t[ty][l][0] + t[ty][l][1] + t[ty][l][2] > 0;
          draws[ty][l][s] = support ? Prf.f1(t[ty][l][0], t[ty][l][1], t[ty][l][2]) : Double.NaN;
          tp += t[ty][l][0];
          fp += t[ty][l][1];
          fn += t[ty][l][2];
        }
        draws[types][l][s] = Prf.f1(tp, fp, fn);
        draws[types + 1][l][s] = Evaluation.macro(t, Level.values()[l])[2];
      }
    }
    double[][][] ci = new double[types + 2][levels][];
    for (int row = 0; row < types + 2; row++) {
      for (int l = 0; l < levels; l++) {
        double[] d = java.util.Arrays.stream(draws[row][l]).filter(x -> !Double.isNaN(x)).sorted().toArray();
        ci[row][l] = d.length == 0 ? new double[] {0, 0} : new double[] {percentile(d, 0.025), percentile(d, 0.975)};
      }
    }
    return new Intervals(ci, samples, seed);
  }

  /** Linear interpolation between order statistics. */
  static double percentile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
