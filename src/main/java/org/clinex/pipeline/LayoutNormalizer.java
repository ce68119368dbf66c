package org.clinex.pipeline;

/**
 * Undoes PDF-extraction layout without moving a single character, so that token offsets still
 * index the original text: every output has the input's length and differs only in white space and
 * in the punctuation of glued commas and inline numbered lists (whose item ends, line breaks included, may become
 * semicolons).
 *
 * <ul>
 *   <li>Form feeds (page breaks) and carriage returns become white space of the same length.
 *   <li>A comma glued after a period or colon (transcription samples join sections as
 *       {@code sentence.,HEADING:,  text}) becomes a space, so that the tokenizer does not read
 *       {@code hypothyroidism.} as an abbreviation.
 *   <li>A sentence that a page end cuts ({@code of the cervical\n\n\fspine}, {@code x-\n\n\frays}:
 *       a form feed in the run, a lower-case letter after it, no sentence-ending punctuation before
 *       it) goes on across the page: the run keeps only its last line break. Only a page end: a
 *       blank line alone stays a hard boundary between texts, and so does a page end before a
 *       capital, where a new item or heading starts as often as a sentence goes on.
 *   <li>In "double-spaced" text (the seeds: a blank line after every line), a single blank line is
 *       a line wrap, not a paragraph break, so it is folded to one line break; two or more blank
 *       lines stay a paragraph break.
 *   <li>An inline numbered list of diagnoses stays one sentence ({@link InlineLists}).
 * </ul>
 * The tokenizer's sentence splitter then treats one line break as a wrap and a blank line as a
 * paragraph break, for both layouts.
 */
public final class LayoutNormalizer {
  private LayoutNormalizer() {}

  public static String normalize(String text) {
    char[] out = layoutCharacters(text);
    if (isDoubleSpaced(out)) {
      foldSingleBlankLines(out);
    }
    joinPageBreakWraps(text, out);
    InlineLists.join(out);
    return new String(out);
  }

  /** Form feeds, carriage returns, no-break spaces and glued commas as the later steps read them. */
  private static char[] layoutCharacters(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == '\f') {
        out[i] = '\n';
      } else if (out[i] == '\r') {
        out[i] = (i + 1 < out.length && out[i + 1] == '\n') ? ' ' : '\n';
      } else if (out[i] == '\u00a0') {
        out[i] = ' ';
      } else if (out[i] == ',' && i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ':')) {
        out[i] = ' ';
      }
    }
    return out;
  }

  /** True when most line breaks are followed by a blank line, as in text pasted from some PDF viewers. */
  public static boolean isDoubleSpaced(String text) {
    return isDoubleSpaced(layoutCharacters(text));
  }

  static boolean isDoubleSpaced(char[] s) {
    int breaks = 0;
    int blankAfter = 0;
    for (int i = 0; i < s.length; i++) {
      if (s[i] != '\n') {
        continue;
      }
      breaks++;
      int j = i + 1;
      while (j < s.length && (s[j] == ' ' || s[j] == '\t')) {
        j++;
      }
      if (j < s.length && s[j] == '\n') {
        blankAfter++;
        i = j; // the blank line's own break belongs to this pair
      }
    }
    return breaks >= 4 && blankAfter * 2 >= breaks * 0.8;
  }

  /** A page-break run between a word (or a hyphen) and a lower-case letter keeps only its last line break. */
  private static void joinPageBreakWraps(String text, char[] s) {
    for (int i = 0; i + 1 < s.length; i++) {
      if (!Character.isWhitespace(s[i + 1]) || Character.isWhitespace(s[i]) || ".:;!?".indexOf(s[i]) >= 0) {
        continue;
      }
      int j = i + 1;
      int lastNewline = -1;
      boolean pageBreak = false;
      while (j < s.length && Character.isWhitespace(s[j])) {
        pageBreak |= text.charAt(j) == '\f';
        if (s[j] == '\n') {
          lastNewline = j;
        }
        j++;
      }
      if (pageBreak && j < s.length && Character.isLowerCase(s[j])) {
        for (int k = i + 1; k < lastNewline; k++) {
          if (s[k] == '\n') {
            s[k] = ' ';
          }
        }
      }
      i = j - 1;
    }
  }

  /** A run of white space holding exactly two line breaks keeps only the last one. */
  private static void foldSingleBlankLines(char[] s) {
    int i = 0;
    while (i < s.length) {
      if (s[i] != '\n') {
        i++;
        continue;
      }
      int j = i;
      int newlines = 0;
      int lastNewline = i;
      while (j < s.length && Character.isWhitespace(s[j])) {
        if (s[j] == '\n') {
          newlines++;
          lastNewline = j;
        }
        j++;
      }
      if (newlines == 2) {
        for (int k = i; k < lastNewline; k++) {
          if (s[k] == '\n') {
            s[k] = ' ';
          }
        }
      }
      i = j;
    }
  }
}
