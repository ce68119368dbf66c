package org.clinex.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a very long text into pieces the tokenizer and rule matcher handle in bounded time and
 * memory (a 50 MB file as one CoreNLP annotation needs gigabytes). Texts up to {@code max}
 * characters are one piece, so ordinary documents are processed exactly as a whole. Longer ones
 * are cut at the last paragraph break before the limit, else the last line break, else the last
 * white space, else at the limit itself (a single "word" longer than the limit).
 */
final class Chunks {
  private Chunks() {}

  /** [start, end) of each piece of {@code text}, in order, covering it entirely. */
  static List<int[]> split(String text, int max) {
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > max) {
      int limit = start + max;
      int cut = text.lastIndexOf("\n\n", limit - 2);
      if (cut <= start) {
        cut = text.lastIndexOf('\n', limit - 1);
      }
      if (cut <= start) {
        cut = lastWhitespace(text, start, limit);
      }
      if (cut <= start) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      pieces.add(new int[] {start, cut});
      start = cut;
    }
    pieces.add(new int[] {start, text.length()});
    return pieces;
  }

  private static int lastWhitespace(String text, int start, int limit) {
    for (int i = limit - 1; i > start; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
