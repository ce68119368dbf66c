package org.clinex.pipeline;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex tried only where it can start. {@link Matcher#find} tries a pattern at every character,
 * and a long alternation such as a gate anchor or a section heading then tests each of its
 * alternatives at every word; scanning a letter for the seven gate anchors cost more than
 * tokenizing it. This class learns from the regex itself, one character pair at a time as the text
 * shows them, whether a match can begin with character {@code c} after character {@code p}, and
 * whether it can begin with {@code c} followed by {@code d}: a test of the regex on those two
 * characters, which fails without reading past them (no match and {@link Matcher#hitEnd} false) only
 * where no longer text could match either. A position that fails either table is skipped; the regex
 * runs ({@link Matcher#lookingAt}) at the others. A third table, filled the same way, holds the verdict
 * of a long regex for a run of letters and digits (up to {@value #RUN} characters) at which a match would start: the
 * pairs let through every word whose first two letters begin some alternative ({@code the} for
 * {@code this|that}), and the run table then answers for the whole word at the cost of one array
 * read (indexed by the run's word number, shared with the tokens' words). The positions themselves come from lists
 * made once per text, one per character and one of word starts: a regex that starts with few
 * characters, or only where a word starts (found by probing it after each letter and digit), walks
 * its own positions instead of every character. The matches are those of {@code find}.
 *
 * <p>The pair tables are exact for a regex whose first character looks back only through
 * {@code \b}, {@code ^} and negative lookbehinds. A regex that uses a positive lookbehind,
 * {@code \B} or {@code \G}, or that can match the empty string at the end of a text, is tried at every
 * position instead. Characters above U+00FF always run the regex.
 */
final class PrefilteredRegex {
  /** Receives each match, as {@code find} would give it: in order, not overlapping. */
  interface Matches {
    /** Takes a match; false stops the search. */
    boolean match(int start, int end);
  }

  static final int CHARS = 256;
  /** No character before the position (text start) or after it (text end); its column is {@code CHARS}. */
  private static final int NONE = -1;
  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte MAYBE = 2;
  /** Characters standing for the one before a match in the {@code (c, d)} table: every class that \b, ^ and a lookbehind tell apart. */
  private static final String[] BEFORE = {"", " ", "\n", ".", "a", "Z", "1", "_"};
  /** Longest run of letters and digits the run table keys on; a longer one is cut (and then mostly MAYBE). */
  static final int RUN = 20;
  /**
   * Regexes shorter than this keep no run table: a failing try of a short regex (a heading) costs
   * less than the lookup; a long alternation (a gate's lexicon) costs far more.
   */
  private static final int RUN_TABLE_MIN_LENGTH = 1000;

  private final Pattern pattern;
  private final boolean prefiltered;
  /** A matcher per thread for learning the tables (only while a text shows an unseen pair). */
  private final ThreadLocal<Matcher> probes;
  /** Whether a match can start with {@code c} after {@code p}: index {@code c * (CHARS + 1) + p}, filled as met. */
  private final byte[] startAfter;
  /** Whether a match can start with {@code c} followed by {@code d}: index {@code c * (CHARS + 1) + d}. */
  private final byte[] startBefore;
  /** Whether a match can start with a run of letters and digits (true: maybe), by the run's word number, filled as met. */
  private final WordRegexMemo.WordVerdicts startRun;
  /** Whether a match can start with each character below U+0100. */
  private final boolean[] startChars;
  /** Whether a match can start with each letter or digit below U+0100 after another ({@code \\b} first: none). */
  private final boolean[] midWord;
  private final ThreadLocal<Candidates> candidates = ThreadLocal.withInitial(Candidates::new);
  /** A matcher per thread for the searches, reset for each range: a new one costs its arrays each time. */
  private final ThreadLocal<Matcher> searchers;
  /** Positions are listed only for a regex that can start at most at one position in this many. */
  private static final int MIN_SKIP = 8;
  private final int minSkip;

  PrefilteredRegex(Pattern pattern) {
    this(pattern, MIN_SKIP);
  }

  /** With {@code minSkip} 1, positions are always listed (tests compare both ways of searching). */
  PrefilteredRegex(Pattern pattern, int minSkip) {
    this.pattern = pattern;
    this.minSkip = minSkip;
    String source = pattern.pattern();
    this.prefiltered = !source.contains("(?<=") && !source.contains("\\B") && !source.contains("\\G") && !matchesEmptyAtEnd(pattern);
    this.probes = ThreadLocal.withInitial(() -> pattern.matcher(""));
    this.searchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
    this.startAfter = prefiltered ? new byte[CHARS * (CHARS + 1)] : null;
    this.startBefore = prefiltered ? new byte[CHARS * (CHARS + 1)] : null;
    this.startRun = prefiltered && source.length() >= RUN_TABLE_MIN_LENGTH ? new WordRegexMemo.WordVerdicts() : null;
    this.startChars = new boolean[CHARS];
    this.midWord = new boolean[CHARS];
    for (int c = 0; prefiltered && c < CHARS; c++) {
      startChars[c] = mayMatchAfterAny((char) c, "", true);
      for (int p = 0; startChars[c] && isWordChar((char) c) && p < CHARS; p++) {
        if (isWordChar((char) p)) {
          // Fills the pair table for every letter and digit before c, as its lookups would.
          byte verdict = mayMatch(String.valueOf((char) p), (char) c, "", true) ? MAYBE : NO;
          startAfter[c * (CHARS + 1) + p] = verdict;
          midWord[c] |= verdict == MAYBE;
        }
      }
    }
  }

  Pattern pattern() {
    return pattern;
  }

  private static boolean matchesEmptyAtEnd(Pattern pattern) {
    for (String before : BEFORE) {
      if (pattern.matcher(before).useTransparentBounds(true).useAnchoringBounds(false).region(before.length(), before.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The matches of the regex in {@code text[from, to)}, as {@code pattern.matcher(text).region(from,
   * to)} finds them (what lies outside the range is not seen), with offsets into {@code text}.
   */
  void find(String text, int from, int to, Matches out) {
    if (!prefiltered) {
      Matcher m = searchers.get().reset(text).region(from, to);
      while (m.find() && out.match(m.start(), m.end())) {
        // each match handed over
      }
      return;
    }
    // A region's bounds hide the text around it; lookingAt at each position needs transparent bounds
    // to see the text before that position, so the range is cut out to keep the rest unseen. Most
    // ranges (sentences) have no position that passes the tables, and then cost no matcher at all.
    Matcher m = null;
    int[] candidates = candidates(text);
    int k = candidates == null ? 0 : lowerBound(candidates, from);
    // The range's first position counts as the text's start, where a word always starts.
    int i = candidates == null || from < to && mayStartWith(text.charAt(from)) ? from : k < candidates.length ? candidates[k] : to;
    while (i < to) {
      int after = i + 1;
      if (mayStartAt(text, i, from, to)) {
        if (m == null) {
          m = searchers.get().reset(from == 0 && to == text.length() ? text : CharBuffer.wrap(text, from, to))
              .useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(i - from, to - from);
        if (m.lookingAt()) {
          if (!out.match(i, from + m.end())) {
            return;
          }
          after = Math.max(from + m.end(), i + 1);
        }
      }
      if (candidates == null) {
        i = after;
      } else {
        while (k < candidates.length && candidates[k] < after) {
          k++;
        }
        i = k < candidates.length ? candidates[k] : to;
      }
    }
  }

  /**
   * The positions of {@code text} at which a match may start, in order; null where they are too many
   * to be worth listing. A heading or a short gate anchor starts with few characters (capital letters,
   * a digit, a slash), and most regexes start only where a word starts: a text's positions are listed
   * once per character and its word starts once ({@link CharIndex}), and each regex then visits only its
   * own positions instead of every character of the text.
   */
  private int[] candidates(String text) {
    Candidates cached = candidates.get();
    if (cached.text != text) {
      cached.text = text;
      cached.positions = list(CharIndex.of(text), text);
    }
    return cached.positions;
  }

  private int[] list(CharIndex index, String text) {
    int limit = text.length() / minSkip;
    int[] positions = new int[limit + 1];
    int n = 0;
    for (int k = 0; k < index.wordStarts && n <= limit; k++) {
      int i = index.wordStart(k);
      char c = text.charAt(i);
      if (c < CHARS && startChars[c] && !midWord[c]) {
        positions[n++] = i;
      }
    }
    boolean mixed = n > 0;
    for (int c = 0; c <= CHARS && n <= limit; c++) {
      if (c < CHARS && (!startChars[c] || isWordChar((char) c) && !midWord[c])) {
        continue; // listed above where a word starts with it, or never a start
      }
      int count = index.count(c);
      if (n + count > limit) {
        return null;
      }
      mixed |= n > 0 && count > 0;
      n = index.copy(c, positions, n);
    }
    if (n > limit) {
      return null;
    }
    positions = Arrays.copyOf(positions, n);
    if (mixed) {
      Arrays.sort(positions);
    }
    return positions;
  }

  private boolean mayStartWith(char c) {
    return c >= CHARS || startChars[c];
  }

  static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c); // as java.util.regex's \b reads a word
  }

  private static int lowerBound(int[] sorted, int key) {
    int i = Arrays.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 1;
  }

  /** The candidate positions of the last text this thread searched. */
  private static final class Candidates {
    String text;
    int[] positions;
  }

  /** Whether both tables let a match start at {@code i} of the range [from, to) of {@code s}. */
  private boolean mayStartAt(String s, int i, int from, int to) {
    char c = s.charAt(i);
    if (c >= CHARS) {
      return true;
    }
    int p = i == from ? NONE : s.charAt(i - 1);
    if (p < CHARS) {
      int k = c * (CHARS + 1) + (p == NONE ? CHARS : p);
      if (startAfter[k] == UNKNOWN) {
        // Benign race: every thread computes the same verdict.
        startAfter[k] = mayMatch(p == NONE ? "" : String.valueOf((char) p), c, "", true) ? MAYBE : NO;
      }
      if (startAfter[k] == NO) {
        return false;
      }
    }
    int d = i + 1 == to ? NONE : s.charAt(i + 1);
    if (d < CHARS) {
      int k = c * (CHARS + 1) + (d == NONE ? CHARS : d);
      if (startBefore[k] == UNKNOWN) {
        startBefore[k] = mayMatchAfterAny(c, d == NONE ? "" : String.valueOf((char) d), d != NONE) ? MAYBE : NO;
      }
      if (startBefore[k] == NO) {
        return false;
      }
    }
    return startRun == null || !Character.isLetterOrDigit(c) || mayStartWithRun(s, i, to);
  }

  /** Whether a match can start with the run of letters and digits at {@code i} (cut at {@code to}). */
  private boolean mayStartWithRun(String s, int i, int to) {
    int id = CharIndex.of(s).runId(i, to);
    if (id < 0) {
      return true; // a run cut by the range's end, or past the word table's bound: lookingAt decides
    }
    return startRun.test(id, i, start -> {
      String run = s.substring(start, runEnd(s, start, Math.min(to, start + RUN)));
      return mayMatchAfterAny(run.charAt(0), run.substring(1), true);
    });
  }

  /** The end of the run of letters and digits below U+0100 that starts at {@code i}, at {@code limit} at most. */
  static int runEnd(String s, int i, int limit) {
    int j = i + 1;
    while (j < limit && s.charAt(j) < CHARS && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** {@link #mayMatch} after some character of each class in {@link #BEFORE}. */
  private boolean mayMatchAfterAny(char c, String next, boolean textGoesOn) {
    for (String before : BEFORE) {
      if (mayMatch(before, c, next, textGoesOn)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a match can start at {@code c}, after {@code before} and followed by {@code next}: it
   * matches there, or it failed only for want of more text and {@code textGoesOn}.
   */
  private boolean mayMatch(String before, char c, String next, boolean textGoesOn) {
    String text = before + c + next;
    Matcher probe = probes.get().reset(text);
    probe.useTransparentBounds(true).useAnchoringBounds(false).region(before.length(), text.length());
    return probe.lookingAt() || textGoesOn && probe.hitEnd();
  }
}
