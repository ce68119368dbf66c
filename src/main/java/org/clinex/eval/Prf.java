package org.clinex.eval;

/**
 * True positives, false positives and false negatives, with precision, recall and F1. A ratio
 * whose denominator is zero is 0 (not NaN): a type with nothing predicted has precision 0, one
 * with no gold has recall 0, so an empty column never looks perfect.
 */
public record Prf(int tp, int fp, int fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double recall() {
    return ratio(tp, tp + fn);
  }

  public double f1() {
    return ratio(2.0 * tp, 2.0 * tp + fp + fn);
  }

  /** Something to score: gold or predictions exist. */
  public boolean hasSupport() {
    return tp + fp + fn > 0;
  }

  static double ratio(double num, double den) {
    return den == 0 ? 0.0 : num / den;
  }

  /** F1 from summed counts (for bootstrap samples, without allocating a record). */
  static double f1(int tp, int fp, int fn) {
    return ratio(2.0 * tp, 2.0 * tp + fp + fn);
  }
}
