package org.clinex.pipeline;

import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import java.lang.reflect.Field;
import java.util.List;

/**
 * The one place that reads CoreNLP's private TokensRegex fields (pattern trees and node tests), for
 * {@link StartFilter} and {@link WordRegexMemo}. Every accessor answers null where the field is not
 * there (another CoreNLP version), and its callers then leave the rule as TokensRegex compiled it.
 */
final class TokensRegexInternals {
  private TokensRegexInternals() {}

  /** The field {@code name} declared by {@code owner}, made accessible; null where it is not there. */
  private static Field declared(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  static Object field(Class<?> owner, Object target, String name) {
    Field f = declared(owner, name);
    try {
      return f == null ? null : f.get(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** A matched expression's context (the match it came from), or null where this CoreNLP has no such field. */
  static final Field MATCH_CONTEXT = declared(MatchedExpression.class, "context");

  /** The token test of a node expression ({@code [{word:/x/}]}), else null. */
  static NodePattern<?> node(SequencePattern.PatternExpr expr) {
    return expr instanceof SequencePattern.NodePatternExpr
        && field(SequencePattern.NodePatternExpr.class, expr, "nodePattern") instanceof NodePattern<?> node ? node : null;
  }

  /** Replaces the token test of a node expression (before the pattern's states are built from it). */
  static void setNode(SequencePattern.NodePatternExpr expr, NodePattern<?> node) {
    Field f = declared(SequencePattern.NodePatternExpr.class, "nodePattern");
    try {
      if (f != null) {
        f.set(expr, node);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Left as it is: the same test, without the memo.
    }
  }

  /** The expression inside a group or a repetition, else null. */
  static SequencePattern.PatternExpr inner(SequencePattern.PatternExpr expr) {
    return (expr instanceof SequencePattern.GroupPatternExpr || expr instanceof SequencePattern.RepeatPatternExpr)
        && field(expr.getClass(), expr, "pattern") instanceof SequencePattern.PatternExpr inner ? inner : null;
  }

  /** The least count of a repetition, else null. */
  static Integer minMatch(SequencePattern.PatternExpr expr) {
    return expr instanceof SequencePattern.RepeatPatternExpr
        && field(SequencePattern.RepeatPatternExpr.class, expr, "minMatch") instanceof Integer min ? min : null;
  }

  /** The greatest count of a repetition (-1: unbounded), else null. */
  static Integer maxMatch(SequencePattern.PatternExpr expr) {
    return expr instanceof SequencePattern.RepeatPatternExpr
        && field(SequencePattern.RepeatPatternExpr.class, expr, "maxMatch") instanceof Integer max ? max : null;
  }

  /** The alternatives of an alternation or the elements of a sequence, else null. */
  @SuppressWarnings("unchecked")
  static List<SequencePattern.PatternExpr> parts(SequencePattern.PatternExpr expr) {
    return (expr instanceof SequencePattern.OrPatternExpr || expr instanceof SequencePattern.SequencePatternExpr)
        && field(expr.getClass(), expr, "patterns") instanceof List<?> parts ? (List<SequencePattern.PatternExpr>) parts : null;
  }

  /** The tests inside a negated, conjoined or disjoined token test ({@code [!{..}]}, {@code [{..} & {..}]}), else none. */
  @SuppressWarnings("unchecked")
  static List<NodePattern<?>> nodeParts(NodePattern<?> node) {
    if (node instanceof NodePattern.NegateNodePattern) {
      return field(NodePattern.NegateNodePattern.class, node, "p") instanceof NodePattern<?> inner ? List.of(inner) : List.of();
    }
    if (node instanceof NodePattern.ConjNodePattern || node instanceof NodePattern.DisjNodePattern) {
      return field(node.getClass(), node, "nodePatterns") instanceof List<?> parts ? (List<NodePattern<?>>) parts : List.of();
    }
    return List.of();
  }
}
