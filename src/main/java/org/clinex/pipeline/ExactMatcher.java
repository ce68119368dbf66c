package org.clinex.pipeline;

import static org.clinex.pipeline.TokensRegexInternals.captureGroupId;
import static org.clinex.pipeline.TokensRegexInternals.greedy;
import static org.clinex.pipeline.TokensRegexInternals.inner;
import static org.clinex.pipeline.TokensRegexInternals.maxMatch;
import static org.clinex.pipeline.TokensRegexInternals.minMatch;
import static org.clinex.pipeline.TokensRegexInternals.node;
import static org.clinex.pipeline.TokensRegexInternals.parts;

import com.google.common.primitives.Bytes;
import com.google.common.primitives.Ints;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The match TokensRegex picks at a start token, with its capture groups, found in one pass. TokensRegex
 * follows every way a pattern can match as a branch of its own, with its own group table, and picks the
 * branch that ranks first by the order of its choices (greedy repetitions prefer one more round, an
 * alternation prefers its first alternative): an ambiguous rule such as Diagnosis's {@code $DX} costs it
 * thousands of branches per match. Two branches that reach the same state at the same token have the
 * same future, so only the higher-ranked one can be picked: this matcher keeps one thread per state, in
 * rank order (a Pike VM), and so does the same search in time proportional to tokens times states.
 *
 * <p>It is built from the expression tree TokensRegex itself builds its automaton from (the pattern
 * wrapped in group 0 and optimized, which may reorder alternatives), and copies TokensRegex's quirks: a
 * group opens only where a token of the region follows ({@code GroupStartState} acts when it consumes),
 * {@code ^} holds before the first token and {@code $} after the last. Where the tree holds a construct
 * it does not know (multi-token nodes, values, back references), a repetition of what may match nothing,
 * or the automaton grows too large, {@link #of} answers null and the rule is left to TokensRegex.
 * {@code ExactMatcherTest} checks every start and group against TokensRegex on random patterns.
 */
final class ExactMatcher {
  private static final int MAX_STATES = 50_000;

  private static final byte TEST = 0;
  private static final byte SPLIT = 1;
  private static final byte OPEN = 2; // a group's start: only where a token of the region follows
  private static final byte CLOSE = 3;
  private static final byte AT_START = 4;
  private static final byte AT_END = 5;
  private static final byte MATCH = 6;

  private final byte[] kind;
  private final NodePattern<CoreMap>[] tests;
  /** The state after a test, an open or close, or an anchor. */
  private final int[] next;
  /** A split's targets, first-ranked first. */
  private final int[][] targets;
  /** The group table slot an open or close writes. */
  private final int[] slot;
  private final int entry;
  private final int slots;
  /** The group table a match starts from: every group unset. Shared: a group is written only into a copy. */
  private final int[] noGroups;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private ExactMatcher(Builder b, int entry, int groups) {
    int n = b.kind.size();
    this.kind = Bytes.toArray(b.kind);
    @SuppressWarnings("unchecked")
    NodePattern<CoreMap>[] t = b.tests.toArray(new NodePattern[n]);
    this.tests = t;
    this.next = Ints.toArray(b.next);
    this.targets = b.targets.toArray(new int[n][]);
    this.slot = Ints.toArray(b.slot);
    this.entry = entry;
    this.slots = 2 * groups;
    this.noGroups = new int[slots];
    Arrays.fill(noGroups, -1);
  }

  /** The matcher of a pattern's stored expression, or null where it cannot reproduce TokensRegex's choice. */
  static ExactMatcher of(SequencePattern.PatternExpr stored) {
    TokensRegexInternals.Optimized tree = TokensRegexInternals.optimized(stored);
    if (tree == null) {
      return null;
    }
    Builder b = new Builder();
    int match = b.state(MATCH);
    int entry = b.build(tree.expr(), match);
    return entry < 0 || b.kind.size() > MAX_STATES ? null : new ExactMatcher(b, entry, tree.groups());
  }

  /** The number of capture groups, group 0 (the whole match) included. */
  int groups() {
    return slots / 2;
  }

  /**
   * The match TokensRegex picks starting at token {@code from} within the region ending at {@code end}:
   * the start and end of each group (2g, 2g+1; -1 for a group that took no part), or null where none.
   */
  int[] matchAt(List<? extends CoreMap> tokens, int from, int end) {
    return matchAt(tokens, WordRegexMemo.wordIds(tokens), from, end);
  }

  /** As {@link #matchAt(List, int, int)}, given the tokens' word numbers ({@link WordRegexMemo#wordIds}). */
  int[] matchAt(List<? extends CoreMap> tokens, int[] wordIds, int from, int end) {
    Scratch s = SCRATCH.get();
    s.reset(kind.length);
    Threads current = s.current;
    add(current, entry, noGroups, from, end, tokens.size());
    int[] best = null;
    for (int pos = from; current.size > 0; pos++) {
      Threads following = s.next();
      CoreMap token = pos < end ? tokens.get(pos) : null;
      for (int k = 0; k < current.size; k++) {
        int state = current.states[k];
        if (kind[state] == MATCH) {
          best = current.groups[k]; // threads ranked below it can only give lower-ranked matches
          break;
        }
        if (token != null && WordRegexMemo.match(tests[state], wordIds[pos], token)) {
          add(following, next[state], current.groups[k], pos + 1, end, tokens.size());
        }
      }
      if (token == null) {
        break;
      }
      current = s.swap();
    }
    return best;
  }

  /** Adds the thread at {@code state} and every state it reaches without a token, in rank order. */
  private void add(Threads list, int state, int[] groups, int pos, int end, int size) {
    if (list.seen[state] == list.stamp) {
      return;
    }
    list.seen[state] = list.stamp;
    switch (kind[state]) {
      case TEST, MATCH -> list.push(state, groups);
      case SPLIT -> {
        for (int target : targets[state]) {
          add(list, target, groups, pos, end, size);
        }
      }
      case OPEN, CLOSE -> {
        if (kind[state] == OPEN && pos >= end) {
          return;
        }
        int[] copy = groups.clone();
        copy[slot[state]] = pos;
        add(list, next[state], copy, pos, end, size);
      }
      case AT_START -> {
        if (pos == 0) {
          add(list, next[state], groups, pos, end, size);
        }
      }
      case AT_END -> {
        if (pos == size) {
          add(list, next[state], groups, pos, end, size);
        }
      }
      default -> throw new IllegalStateException("state kind " + kind[state]);
    }
  }

  /** The threads at one token: their states and group tables, first-ranked first. */
  private static final class Threads {
    int[] states = new int[64];
    int[][] groups = new int[64][];
    int size;
    int[] seen = new int[64];
    int stamp;

    void clear(int stateCount) {
      if (seen.length < stateCount) {
        states = new int[stateCount];
        groups = new int[stateCount][];
        seen = new int[stateCount];
        stamp = 0;
      }
      size = 0;
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        stamp = 1;
      }
    }

    void push(int state, int[] g) {
      states[size] = state;
      groups[size++] = g;
    }
  }

  /** One pair of thread lists per thread of the JVM, shared by all matchers. */
  private static final class Scratch {
    Threads current = new Threads();
    Threads following = new Threads();
    int stateCount;

    void reset(int states) {
      stateCount = states;
      current.clear(states);
    }

    Threads next() {
      following.clear(stateCount);
      return following;
    }

    Threads swap() {
      Threads t = current;
      current = following;
      following = t;
      return current;
    }
  }

  /** Thompson's construction, built backwards from each part's continuation, with ranked splits. */
  private static final class Builder {
    final List<Byte> kind = new ArrayList<>();
    final List<NodePattern<CoreMap>> tests = new ArrayList<>();
    final List<Integer> next = new ArrayList<>();
    final List<int[]> targets = new ArrayList<>();
    final List<Integer> slot = new ArrayList<>();

    int state(byte k) {
      kind.add(k);
      tests.add(null);
      next.add(-1);
      targets.add(null);
      slot.add(-1);
      return kind.size() - 1;
    }

    int state(byte k, int after) {
      int s = state(k);
      next.set(s, after);
      return s;
    }

    int split(int... to) {
      int s = state(SPLIT);
      targets.set(s, to);
      return s;
    }

    /** The entry state of {@code expr} followed by state {@code after}; -1 for what it does not know. */
    @SuppressWarnings("unchecked")
    int build(SequencePattern.PatternExpr expr, int after) {
      if (after < 0 || kind.size() > MAX_STATES) {
        return -1;
      }
      NodePattern<?> test = node(expr);
      if (test != null) {
        int s = state(TEST, after);
        tests.set(s, (NodePattern<CoreMap>) test);
        return s;
      }
      if (expr instanceof SequencePattern.SequenceStartPatternExpr) {
        return state(AT_START, after);
      }
      if (expr instanceof SequencePattern.SequenceEndPatternExpr) {
        return state(AT_END, after);
      }
      if (expr instanceof SequencePattern.GroupPatternExpr) {
        SequencePattern.PatternExpr body = inner(expr);
        Integer group = captureGroupId(expr);
        if (body == null || group == null) {
          return -1;
        }
        if (group < 0) {
          return build(body, after);
        }
        int close = state(CLOSE, after);
        slot.set(close, 2 * group + 1);
        int open = state(OPEN, build(body, close));
        slot.set(open, 2 * group);
        return next.get(open) < 0 ? -1 : open;
      }
      if (expr instanceof SequencePattern.RepeatPatternExpr) {
        return repeat(expr, after);
      }
      List<SequencePattern.PatternExpr> parts = parts(expr);
      if (parts == null) {
        return -1;
      }
      if (expr instanceof SequencePattern.OrPatternExpr) {
        int[] entries = new int[parts.size()];
        for (int i = 0; i < entries.length; i++) {
          entries[i] = build(parts.get(i), after);
          if (entries[i] < 0) {
            return -1;
          }
        }
        return split(entries);
      }
      if (!(expr instanceof SequencePattern.SequencePatternExpr)) {
        return -1;
      }
      int cur = after;
      for (int i = parts.size() - 1; i >= 0; i--) {
        cur = build(parts.get(i), cur);
      }
      return cur;
    }

    private int repeat(SequencePattern.PatternExpr expr, int after) {
      SequencePattern.PatternExpr body = inner(expr);
      Integer min = minMatch(expr);
      Integer max = maxMatch(expr);
      Boolean greedy = greedy(expr);
      if (body == null || min == null || max == null || greedy == null
          || !Boolean.FALSE.equals(StartFilter.firstNodes(body, new ArrayList<>()))) {
        return -1; // TokensRegex loops on a repetition of what may match nothing
      }
      int tail;
      if (max < 0) {
        int loop = split(); // targets set once the body exists
        int round = build(body, loop);
        if (round < 0) {
          return -1;
        }
        targets.set(loop, greedy ? new int[] {round, after} : new int[] {after, round});
        tail = loop;
      } else {
        tail = after;
        for (int k = max; k > min; k--) { // the optional rounds, innermost first
          int round = build(body, tail);
          if (round < 0) {
            return -1;
          }
          tail = greedy ? split(round, after) : split(after, round);
        }
      }
      for (int k = 0; k < min; k++) {
        tail = build(body, tail);
      }
      return tail;
    }
  }
}
