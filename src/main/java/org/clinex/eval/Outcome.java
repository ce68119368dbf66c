package org.clinex.eval;

import org.clinex.EntityType;
import org.clinex.Mention;

/** What became of one gold or predicted mention; {@code gold} or {@code pred} is null for FN / FP. */
public record Outcome(Kind kind, EntityType type, Mention gold, Mention pred) {

  public enum Kind {
    /** Exact span, equal value. */
    MATCH,
    /** Overlapping span (not exact), equal value: counts at lenient and value level, not strict. */
    BOUNDARY,
    /** Overlapping span, attributes differ: a lenient match but a value-level FP and FN. */
    WRONG_VALUE,
    FALSE_POSITIVE,
    FALSE_NEGATIVE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /** The mention the outcome is about, for offsets: the prediction when there is one. */
  public Mention anchor() {
    return pred != null ? pred : gold;
  }

  /** Counted as an error in listings (everything but an exact match). */
  public boolean isError() {
    return kind != Kind.MATCH;
  }
}
