package org.clinex.pipeline;

import static org.clinex.pipeline.PrefilteredRegex.CHARS;
import static org.clinex.pipeline.PrefilteredRegex.RUN;
import static org.clinex.pipeline.PrefilteredRegex.isWordChar;
import static org.clinex.pipeline.PrefilteredRegex.runEnd;

import java.util.Arrays;

/**
 * Where each character stands in a text, for {@link PrefilteredRegex}: the positions of each character
 * (those above U+00FF together), the positions where a word starts (a letter or digit after none), and
 * the number of the run of letters and digits at a position. Kept for the last text each thread
 * indexed: the gate and heading regexes of one document all read the same text in turn.
 */
final class CharIndex {
  private static final ThreadLocal<CharIndex> LAST = ThreadLocal.withInitial(CharIndex::new);
  private String text;
  private final int[] start = new int[CHARS + 2];
  /** Each character's positions in turn, then the word starts (from index {@code text.length()}). */
  int[] positions = new int[0];
  int wordStarts;

  static CharIndex of(String text) {
    CharIndex index = LAST.get();
    if (index.text != text) {
      index.build(text);
    }
    return index;
  }

  private void build(String s) {
    Arrays.fill(start, 0);
    int words = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      start[Math.min(c, CHARS) + 1]++;
      if (isWordStart(s, i)) {
        words++;
      }
    }
    for (int c = 0; c <= CHARS; c++) {
      start[c + 1] += start[c];
    }
    if (positions.length < s.length() + words) {
      positions = new int[s.length() + words];
    }
    int[] fill = Arrays.copyOf(start, CHARS + 1);
    wordStarts = 0;
    for (int i = 0; i < s.length(); i++) {
      positions[fill[Math.min(s.charAt(i), CHARS)]++] = i;
      if (isWordStart(s, i)) {
        positions[s.length() + wordStarts++] = i;
      }
    }
    Arrays.fill(runIds, 0, Math.min(runIds.length, s.length() + 1), 0);
    text = s;
  }

  private static boolean isWordStart(String s, int i) {
    return isWordChar(s.charAt(i)) && (i == 0 || !isWordChar(s.charAt(i - 1)));
  }

  /** The position of the {@code k}th word start. */
  int wordStart(int k) {
    return positions[text.length() + k];
  }

  int count(int c) {
    return start[c + 1] - start[c];
  }

  /** Per position: 0 not worked out, -1 no number, else the run's word number + 1 (see {@link #runId}). */
  private int[] runIds = new int[0];
  /** Per position, the end of the run worked out there. */
  private int[] runEnds = new int[0];

  /**
   * The number of the run of letters and digits at {@code i} ({@link WordRegexMemo#canonicalId}), or
   * -1 where it has none or would end past {@code to} (the run read there is then a shorter one).
   */
  int runId(int i, int to) {
    if (runIds.length < text.length() + 1) { // cleared for each new text in build
      runIds = new int[text.length() + 1];
      runEnds = new int[text.length() + 1];
    }
    if (runIds[i] == 0) {
      int j = runEnd(text, i, Math.min(text.length(), i + RUN));
      runEnds[i] = j;
      runIds[i] = WordRegexMemo.canonicalId(text.substring(i, j)) + 1;
      if (runIds[i] == 0) {
        runIds[i] = -1;
      }
    }
    return runIds[i] < 0 || runEnds[i] > to ? -1 : runIds[i] - 1;
  }

  int copy(int c, int[] to, int at) {
    System.arraycopy(positions, start[c], to, at, count(c));
    return at + count(c);
  }
}
