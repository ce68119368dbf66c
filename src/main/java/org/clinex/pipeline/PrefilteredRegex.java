package org.clinex.pipeline;

import java.util.concurrent.ConcurrentHashMap;
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
 * {@code this|that}), and the run table then answers for the whole word at the cost of one lookup.
 * The matches are those of {@code find}.
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

  private static final int CHARS = 256;
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
  static final int RUN_TABLE_MIN_LENGTH = 1000;
  /** Runs remembered per regex; past this, a run not yet seen runs the regex. */
  private static final int MAX_RUNS = 200_000;

  private final Pattern pattern;
  private final boolean prefiltered;
  /** A matcher per thread for learning the tables (only while a text shows an unseen pair). */
  private final ThreadLocal<Matcher> probes;
  /** Whether a match can start with {@code c} after {@code p}: index {@code c * (CHARS + 1) + p}, filled as met. */
  private final byte[] startAfter;
  /** Whether a match can start with {@code c} followed by {@code d}: index {@code c * (CHARS + 1) + d}. */
  private final byte[] startBefore;
  /** Whether a match can start with a run of letters and digits (true: maybe), filled as met. */
  private final ConcurrentHashMap<String, Boolean> startRun;

  PrefilteredRegex(Pattern pattern) {
    this.pattern = pattern;
    String source = pattern.pattern();
    this.prefiltered = !source.contains("(?<=") && !source.contains("\\B") && !source.contains("\\G") && !matchesEmptyAtEnd(pattern);
    this.probes = ThreadLocal.withInitial(() -> pattern.matcher(""));
    this.startAfter = prefiltered ? new byte[CHARS * (CHARS + 1)] : null;
    this.startBefore = prefiltered ? new byte[CHARS * (CHARS + 1)] : null;
    this.startRun = prefiltered && source.length() >= RUN_TABLE_MIN_LENGTH ? new ConcurrentHashMap<>() : null;
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
      Matcher m = pattern.matcher(text).region(from, to);
      while (m.find() && out.match(m.start(), m.end())) {
        // each match handed over
      }
      return;
    }
    // A region's bounds hide the text around it; lookingAt at each position needs transparent bounds
    // to see the text before that position, so the range is cut out to keep the rest unseen. Most
    // ranges (sentences) have no position that passes the tables, and then cost no matcher at all.
    Matcher m = null;
    int i = from;
    while (i < to) {
      if (mayStartAt(text, i, from, to)) {
        if (m == null) {
          m = pattern.matcher(from == 0 && to == text.length() ? text : text.substring(from, to))
              .useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(i - from, to - from);
        if (m.lookingAt()) {
          if (!out.match(i, from + m.end())) {
            return;
          }
          i = Math.max(from + m.end(), i + 1);
          continue;
        }
      }
      i++;
    }
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
    int j = i + 1;
    int limit = Math.min(to, i + RUN);
    while (j < limit && s.charAt(j) < CHARS && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    String run = s.substring(i, j);
    Boolean known = startRun.get(run);
    if (known == null) {
      known = mayMatchAfterAny(run.charAt(0), run.substring(1), true);
      if (startRun.size() < MAX_RUNS) {
        startRun.put(run, known);
      }
    }
    return known;
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
