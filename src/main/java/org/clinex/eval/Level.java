package org.clinex.eval;

/** How a predicted mention must agree with a gold one to count. */
public enum Level {
  /** Same type and exactly the same span. */
  STRICT,
  /** Same type and overlapping spans (one-to-one, greatest overlap first). */
  LENIENT,
  /** A lenient match whose normalized attributes equal the gold ones ({@link ValueMatch}). */
  VALUE;

  /** The JSON key: strict, lenient, value. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
