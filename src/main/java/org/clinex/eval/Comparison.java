package org.clinex.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.clinex.EntityType;

/**
 * A against B on the same gold: the difference in value-level F1 (B - A) per type and micro, with a
 * two-sided p-value by approximate randomization over documents (each document's A and B counts are
 * swapped at random; p = (hits + 1) / (samples + 1)). Seeded.
 */
public final class Comparison {
  private final String nameA;
  private final String nameB;
  /** Rows: types then micro; columns: f1 A, f1 B, delta, p. */
  private final double[][] rows;
  private final int samples;
  private final long seed;

  private Comparison(String nameA, String nameB, double[][] rows, int samples, long seed) {
    this.nameA = nameA;
    this.nameB = nameB;
    this.rows = rows;
    this.samples = samples;
    this.seed = seed;
  }

  public static Comparison of(String nameA, Evaluation a, String nameB, Evaluation b, int samples, long seed) {
    List<DocScore> da = a.documents();
    List<DocScore> db = b.documents();
    if (da.size() != db.size()) {
      throw new IllegalArgumentException("A and B were scored on different documents");
    }
    int types = EntityType.values().length;
    int v = Level.VALUE.ordinal();
    double[] observed = deltas(da, db, null);
    int[] hits = new int[types + 1];
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] swap = new boolean[da.size()];
    for (int s = 0; s < samples; s++) {
      for (int i = 0; i < swap.length; i++) {
        swap[i] = random.nextBoolean();
      }
      double[] d = deltas(da, db, swap);
      for (int row = 0; row <= types; row++) {
        // The epsilon keeps ties (delta 0 both ways) counted as hits despite rounding.
        if (Math.abs(d[row]) >= Math.abs(observed[row]) - 1e-12) {
          hits[row]++;
        }
      }
    }
    double[][] rows = new double[types + 1][];
    for (int row = 0; row <= types; row++) {
      Prf pa = row < types ? a.prf(EntityType.values()[row], Level.VALUE) : a.micro(Level.VALUE);
      Prf pb = row < types ? b.prf(EntityType.values()[row], Level.VALUE) : b.micro(Level.VALUE);
      rows[row] = new double[] {pa.f1(), pb.f1(), pb.f1() - pa.f1(), (hits[row] + 1.0) / (samples + 1.0)};
    }
    return new Comparison(nameA, nameB, rows, samples, seed);
  }

  /** F1(B) - F1(A) per type and micro at value level, with documents' A/B swapped where {@code swap} says. */
  private static double[] deltas(List<DocScore> da, List<DocScore> db, boolean[] swap) {
    int types = EntityType.values().length;
    int v = Level.VALUE.ordinal();
    int[][] a = new int[types + 1][3];
    int[][] b = new int[types + 1][3];
    for (int i = 0; i < da.size(); i++) {
      boolean s = swap != null && swap[i];
      int[][][] ca = (s ? db : da).get(i).counts();
      int[][][] cb = (s ? da : db).get(i).counts();
      for (int t = 0; t < types; t++) {
        for (int k = 0; k < 3; k++) {
          a[t][k] += ca[t][v][k];
          b[t][k] += cb[t][v][k];
          a[types][k] += ca[t][v][k];
          b[types][k] += cb[t][v][k];
        }
      }
    }
    double[] d = new double[types + 1];
    for (int t = 0; t <= types; t++) {
      d[t] = Prf.f1(b[t][0], b[t][1], b[t][2]) - Prf.f1(a[t][0], a[t][1], a[t][2]);
    }
    return d;
  }

  private String rowName(int row) {
    return row < EntityType.values().length ? EntityType.values()[row].label() : "micro";
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("A = ").append(nameA).append("\nB = ").append(nameB).append('\n');
    out.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %8s%n", "type", "F1 A", "F1 B", "B - A", "p"));
    for (int row = 0; row < rows.length; row++) {
      double[] r = rows[row];
      out.append(String.format(Locale.ROOT, "%-16s %8.3f %8.3f %+8.3f %8.4f%n", rowName(row), r[0], r[1], r[2], r[3]));
    }
    out.append(String.format(Locale.ROOT, "value-level F1; p: two-sided approximate randomization over documents, %d samples, seed %d%n",
        samples, seed));
    return out.toString();
  }

  public Map<String, Object> toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", nameA);
    root.put("b", nameB);
    root.put("level", "value");
    root.put("method", "approximate randomization (documents)");
    root.put("samples", samples);
    root.put("seed", seed);
    Map<String, Object> types = new LinkedHashMap<>();
    for (int row = 0; row < rows.length; row++) {
      double[] r = rows[row];
      types.put(rowName(row), Map.of("f1_a", Evaluation.round(r[0]), "f1_b", Evaluation.round(r[1]),
          "delta", Evaluation.round(r[2]), "p", Evaluation.round(r[3])));
    }
    root.put("types", types);
    return root;
  }
}
