package org.clinex.pipeline;

import static org.clinex.pipeline.TokensRegexInternals.inner;
import static org.clinex.pipeline.TokensRegexInternals.maxMatch;
import static org.clinex.pipeline.TokensRegexInternals.minMatch;
import static org.clinex.pipeline.TokensRegexInternals.node;
import static org.clinex.pipeline.TokensRegexInternals.parts;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a pattern has any match starting at a token, answered without TokensRegex. TokensRegex
 * follows every way a pattern can match as a separate branch, with its capture groups; where a
 * pattern can split the same tokens several ways ({@code (?: /,|and/ [...]{1,5} ){1,3}}), a start
 * that fails after such a run costs thousands of branches (37 ms for one 26-token sentence of a
 * PriorStudy rule). This is the same pattern as a plain automaton without captures, run over sets
 * of states: each token costs at most one test per state however ambiguous the pattern, and most
 * failing starts die in a few tokens. The answer is never "no" where TokensRegex finds a match
 * (repetitions with wide bounds are loosened to unbounded ones, and a sequence-start anchor is
 * taken as always met), so a start it rejects is one TokensRegex would have tried in vain.
 */
final class Recognizer {
  /** Repetitions with more optional copies than this are loosened to unbounded loops. */
  private static final int MAX_OPTIONAL_COPIES = 8;
  /** Beyond this many states the pattern is left to TokensRegex alone. */
  private static final int MAX_STATES = 8192;

  /** The token test of each state; null for a state that consumes no token. */
  private final NodePattern<CoreMap>[] tests;
  /** The state after a test state's token. */
  private final int[] next;
  /** The states reached from each state without a token. */
  private final int[][] free;
  /** States whose free moves hold only at the window's end (TokensRegex's {@code $}). */
  private final boolean[] atEndOnly;
  private final int accept;
  /** One scratch per thread for all recognizers: a thread-local per pattern made each lookup a probe of a crowded table. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> new Scratch(64));

  private Recognizer(Builder b) {
    int n = b.tests.size();
    @SuppressWarnings("unchecked")
    NodePattern<CoreMap>[] t = b.tests.toArray(new NodePattern[n]);
    this.tests = t;
    this.next = b.next.stream().mapToInt(Integer::intValue).toArray();
    this.free = b.free.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    this.atEndOnly = new boolean[n];
    b.atEndOnly.forEach(s -> atEndOnly[s] = true);
    this.accept = b.accept;
  }

  /** The recognizer of {@code expr}, or null where it holds a construct this class does not know. */
  static Recognizer of(SequencePattern.PatternExpr expr) {
    Builder b = new Builder();
    int start = b.state(); // state 0
    int end = b.build(expr, start);
    if (end < 0 || b.tests.size() > MAX_STATES) {
      return null;
    }
    b.accept = end;
    return new Recognizer(b);
  }

  /**
   * The end (exclusive) of the longest match of the pattern that starts at token {@code from} and
   * ends by {@code end}, or -1 where none does. No match of TokensRegex's reaches further.
   */
  int longestEnd(List<? extends CoreMap> tokens, int from, int end) {
    Scratch s = SCRATCH.get();
    s.clear(tests.length);
    int last = s.close(0, this, from == tokens.size()) ? from : -1;
    for (int i = from; i < end && s.size > 0; i++) {
      CoreMap token = tokens.get(i);
      int[] live = s.swap();
      int liveCount = s.previousSize;
      boolean atEnd = i + 1 == tokens.size();
      boolean accepted = false;
      for (int k = 0; k < liveCount; k++) {
        int state = live[k]; // the sets hold test states only
        if (tests[state].match(token)) {
          accepted |= s.close(next[state], this, atEnd);
        }
      }
      if (accepted) {
        last = i + 1;
      }
    }
    return last;
  }

  /** Per-thread sets of states, cleared by a new stamp rather than by filling. */
  private static final class Scratch {
    private int[] current;
    private int[] previous;
    private int size;
    private int previousSize;
    private int[] seen;
    private int stamp;
    private int[] stack;

    Scratch(int n) {
      current = new int[n];
      previous = new int[n];
      seen = new int[n];
      stack = new int[n];
    }

    /** Empties the sets for a recognizer of {@code states} states, growing the arrays to it. */
    void clear(int states) {
      if (seen.length < states) {
        current = new int[states];
        previous = new int[states];
        seen = new int[states];
        stack = new int[states];
        stamp = 0;
      }
      size = 0;
      nextStamp();
    }

    private void nextStamp() {
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        stamp = 1;
      }
    }

    /** Makes the current set the previous one and starts an empty current set; returns the previous. */
    int[] swap() {
      int[] t = previous;
      previous = current;
      current = t;
      previousSize = size;
      size = 0;
      nextStamp();
      return previous;
    }

    /** Adds {@code state} and all it reaches freely to the current set; true if that includes the match's end. */
    boolean close(int state, Recognizer r, boolean atWindowEnd) {
      boolean reached = false;
      int top = 0;
      if (seen[state] != stamp) {
        seen[state] = stamp;
        stack[top++] = state;
      }
      while (top > 0) {
        int s = stack[--top];
        if (s == r.accept) {
          reached = true; // and on: the end of a loop is also its way back in
        }
        if (r.tests[s] != null) {
          current[size++] = s;
        }
        if (r.atEndOnly[s] && !atWindowEnd) {
          continue;
        }
        for (int t : r.free[s]) {
          if (seen[t] != stamp) {
            seen[t] = stamp;
            stack[top++] = t;
          }
        }
      }
      return reached;
    }
  }

  /** Thompson's construction over TokensRegex's expression tree. */
  private static final class Builder {
    final List<NodePattern<CoreMap>> tests = new ArrayList<>();
    final List<Integer> next = new ArrayList<>();
    final List<List<Integer>> free = new ArrayList<>();
    final List<Integer> atEndOnly = new ArrayList<>();
    int accept;

    int state() {
      tests.add(null);
      next.add(-1);
      free.add(new ArrayList<>());
      return tests.size() - 1;
    }

    void link(int from, int to) {
      free.get(from).add(to);
    }

    /** Adds {@code expr} after state {@code in}; returns the state its matches end in, or -1 if unknown. */
    @SuppressWarnings("unchecked")
    int build(SequencePattern.PatternExpr expr, int in) {
      if (in < 0 || tests.size() > MAX_STATES) {
        return -1;
      }
      NodePattern<?> test = node(expr);
      if (test != null) {
        int s = state();
        tests.set(s, (NodePattern<CoreMap>) test);
        link(in, s);
        int out = state();
        next.set(s, out);
        return out;
      }
      if (expr instanceof SequencePattern.SequenceEndPatternExpr) {
        int s = state();
        link(in, s);
        atEndOnly.add(s);
        int out = state();
        link(s, out);
        return out;
      }
      if (expr instanceof SequencePattern.SequenceStartPatternExpr) {
        return in; // loosened: taken as met
      }
      if (expr instanceof SequencePattern.GroupPatternExpr) {
        return inner(expr) == null ? -1 : build(inner(expr), in);
      }
      if (expr instanceof SequencePattern.RepeatPatternExpr) {
        return repeat(expr, in);
      }
      List<SequencePattern.PatternExpr> parts = parts(expr);
      if (parts == null) {
        return -1;
      }
      if (expr instanceof SequencePattern.OrPatternExpr) {
        int out = state();
        for (SequencePattern.PatternExpr alternative : parts) {
          int end = build(alternative, in);
          if (end < 0) {
            return -1;
          }
          link(end, out);
        }
        return out;
      }
      int cur = in;
      for (SequencePattern.PatternExpr part : parts) {
        cur = build(part, cur);
      }
      return cur;
    }

    private int repeat(SequencePattern.PatternExpr expr, int in) {
      SequencePattern.PatternExpr body = inner(expr);
      Integer min = minMatch(expr);
      Integer max = maxMatch(expr);
      if (body == null || min == null || max == null) {
        return -1;
      }
      int cur = in;
      for (int k = 0; k < min; k++) {
        cur = build(body, cur);
      }
      if (cur < 0) {
        return -1;
      }
      if (max >= 0 && max - min <= MAX_OPTIONAL_COPIES) {
        int out = state();
        link(cur, out);
        for (int k = min; k < max; k++) {
          cur = build(body, cur);
          if (cur < 0) {
            return -1;
          }
          link(cur, out);
        }
        return out;
      }
      int loop = state(); // unbounded, or loosened to unbounded
      link(cur, loop);
      int end = build(body, loop);
      if (end < 0) {
        return -1;
      }
      link(end, loop);
      return loop;
    }
  }
}
