package org.clinex.pipeline;

import static org.clinex.pipeline.TokensRegexInternals.inner;
import static org.clinex.pipeline.TokensRegexInternals.node;
import static org.clinex.pipeline.TokensRegexInternals.parts;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * What a match starting at a token needs next, read from the pattern's structure. In a sequence
 * {@code A B C} whose part C must match a token, every token from the start up to C's first one is
 * matched by a node of A or B; so a start from which no token that C can begin with is reached
 * through such tokens cannot match. For {@code $DX}, a condition's name ending in its head noun, a
 * start on a free word followed by a stop word before any head fails here instead of inside
 * TokensRegex, where each failed try costs as much as a match. Alternatives each bring their own
 * condition; a construct this class does not know contributes none (the pattern is then tried as
 * before). The condition is necessary, never sufficient: matches are the same.
 */
@FunctionalInterface
interface ReachCondition {
  /** Whether a match starting at token {@code start} can still be found in the window ending at {@code end}. */
  boolean holds(List<? extends CoreMap> tokens, int start, int end);

  /** The condition of matches of {@code expr}, or null where the structure gives none. */
  static ReachCondition of(SequencePattern.PatternExpr expr) {
    if (expr instanceof SequencePattern.GroupPatternExpr) {
      return inner(expr) == null ? null : of(inner(expr));
    }
    List<SequencePattern.PatternExpr> parts = parts(expr);
    if (parts == null) {
      return null;
    }
    if (expr instanceof SequencePattern.OrPatternExpr) {
      // One alternative that can start at the token and whose own condition holds.
      List<ReachCondition> alternatives = new ArrayList<>();
      for (SequencePattern.PatternExpr alternative : parts) {
        List<NodePattern<CoreMap>> firstNodes = new ArrayList<>();
        if (StartFilter.firstNodes(alternative, firstNodes) == null) {
          return null;
        }
        AnyOf first = new AnyOf(firstNodes);
        ReachCondition then = of(alternative);
        alternatives.add((tokens, start, end) -> first.accepts(tokens.get(start)) && (then == null || then.holds(tokens, start, end)));
      }
      return (tokens, start, end) -> {
        for (ReachCondition a : alternatives) {
          if (a.holds(tokens, start, end)) {
            return true;
          }
        }
        return false;
      };
    }
    return sequence(parts);
  }

  /** For each part after the first that must match a token: the nodes before it and its first nodes. */
  private static ReachCondition sequence(List<SequencePattern.PatternExpr> parts) {
    List<ReachCondition> all = new ArrayList<>();
    // The first part's own condition, where a match must start with it.
    ReachCondition head = parts.isEmpty() || !Boolean.FALSE.equals(StartFilter.firstNodes(parts.get(0), new ArrayList<>()))
        ? null : of(parts.get(0));
    if (head != null) {
      all.add(head);
    }
    List<NodePattern<CoreMap>> before = new ArrayList<>();
    for (int j = 0; j < parts.size(); j++) {
      List<NodePattern<CoreMap>> first = new ArrayList<>();
      Boolean nullable = StartFilter.firstNodes(parts.get(j), first);
      if (nullable == null) {
        break;
      }
      if (j > 0 && !nullable) {
        all.add(reach(new AnyOf(new ArrayList<>(before)), new AnyOf(first)));
      }
      if (!allNodes(parts.get(j), before)) {
        break;
      }
    }
    if (all.size() <= 1) {
      return all.isEmpty() ? null : all.get(0);
    }
    return (tokens, start, end) -> {
      for (ReachCondition c : all) {
        if (!c.holds(tokens, start, end)) {
          return false;
        }
      }
      return true;
    };
  }

  /** Adds every node of {@code expr} to {@code out}; false for a construct other than nodes, groups, repeats, sequences and alternatives. */
  @SuppressWarnings("unchecked")
  private static boolean allNodes(SequencePattern.PatternExpr expr, List<NodePattern<CoreMap>> out) {
    if (node(expr) != null) {
      out.add((NodePattern<CoreMap>) node(expr));
      return true;
    }
    if (expr instanceof SequencePattern.GroupPatternExpr || expr instanceof SequencePattern.RepeatPatternExpr) {
      return inner(expr) != null && allNodes(inner(expr), out);
    }
    if (parts(expr) == null) {
      return false;
    }
    for (SequencePattern.PatternExpr part : parts(expr)) {
      if (!allNodes(part, out)) {
        return false;
      }
    }
    return true;
  }

  /** From the start on, only tokens {@code before} accepts until one that {@code key} accepts. */
  private static ReachCondition reach(AnyOf before, AnyOf key) {
    return (tokens, start, end) -> {
      for (int t = start; t < end; t++) {
        CoreMap token = tokens.get(t);
        if (key.accepts(token)) {
          return true;
        }
        if (!before.accepts(token)) {
          return false;
        }
      }
      return false;
    };
  }
}
