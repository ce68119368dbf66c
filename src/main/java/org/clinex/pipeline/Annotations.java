package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * Token annotations that clinex adds before the rules run. Rule files reach them as
 * {@code {section:"RATIONALE"}} and {@code {line:"START"}} (bound in models/rules/macros.rules).
 */
public final class Annotations {
  private Annotations() {}

  /** The letter or note section that holds the token; see {@link Section}. */
  public static final class SectionAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /**
   * A scratch mark that a rule file's early stage sets with {@code Annotate} and its later stages
   * read (diagnosis.rules marks the reach of a diagnostic trigger as {@code "DX"}). Fresh per document.
   */
  public static final class MarkAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** {@code "START"} on the first token of a line of the original text. */
  public static final class LineAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /**
   * The number of the token's word among the distinct words seen so far ({@link WordRegexMemo#canonicalWords}):
   * an index into verdict tables, cheaper than hashing the word. Absent past the bound on distinct words.
   * Set when tokens are prepared; a rule action that rewrote a token's word would leave it stale.
   */
  static final class WordIdAnnotation implements CoreAnnotation<Integer> {
    @Override
    public Class<Integer> getType() {
      return Integer.class;
    }
  }
}
