package org.clinex.pipeline;

import edu.stanford.nlp.ling.tokensregex.BasicSequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that touches CoreNLP's private TokensRegex members: it reads pattern trees and node
 * tests (for {@link StartFilter}, {@link ExactMatcher}, {@link AnyOf} and {@link WordRegexMemo}), builds
 * the optimized tree TokensRegex matches with, and writes a found match into a TokensRegex matcher
 * ({@link #recordMatch}). Readers answer null where a member is not there (another CoreNLP version),
 * and their callers then leave the rule as TokensRegex compiled it; {@link #canRecordMatches} says
 * whether a match can be written.
 */
final class TokensRegexInternals {
  private TokensRegexInternals() {}

  /**
   * Fields looked up once per class: rule compilation reads them at every node of every pattern, so
   * the key is the class itself and a constant name (no key string built per read).
   */
  private static final ClassValue<Map<String, Optional<Field>>> FIELDS = new ClassValue<>() {
    @Override
    protected Map<String, Optional<Field>> computeValue(Class<?> owner) {
      return new ConcurrentHashMap<>();
    }
  };

  /** The field {@code name} declared by {@code owner}, made accessible; null where it is not there. */
  private static Field declared(Class<?> owner, String name) {
    return FIELDS.get(owner).computeIfAbsent(name, key -> Optional.ofNullable(lookUp(owner, name))).orElse(null);
  }

  private static Field lookUp(Class<?> owner, String name) {
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

  /** The greediness of a repetition, else null. */
  static Boolean greedy(SequencePattern.PatternExpr expr) {
    return expr instanceof SequencePattern.RepeatPatternExpr
        && field(SequencePattern.RepeatPatternExpr.class, expr, "greedyMatch") instanceof Boolean greedy ? greedy : null;
  }

  /** A group's capture number (-1 for a group that captures nothing), else null. */
  static Integer captureGroupId(SequencePattern.PatternExpr expr) {
    if (!(expr instanceof SequencePattern.GroupPatternExpr)
        || !(field(SequencePattern.GroupPatternExpr.class, expr, "capture") instanceof Boolean capture)
        || !(field(SequencePattern.GroupPatternExpr.class, expr, "captureGroupId") instanceof Integer id)) {
      return null;
    }
    return capture ? id : -1;
  }

  /** A pattern's tree as TokensRegex builds its automaton from it, with the number of its groups. */
  record Optimized(SequencePattern.PatternExpr expr, int groups) {}

  private static final Method OPTIMIZE = method("optimize");
  private static final Method ASSIGN_GROUP_IDS = method("assignGroupIds", int.class);

  private static Method method(String name, Class<?>... parameters) {
    try {
      Method m = SequencePattern.PatternExpr.class.getDeclaredMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What the SequencePattern constructor does with a stored tree before it builds states: wrap it in
   * group 0, optimize it (a copy; long alternations of words may be merged and moved first) and number
   * its groups. Null where this CoreNLP has no such methods.
   */
  static Optimized optimized(SequencePattern.PatternExpr stored) {
    if (OPTIMIZE == null || ASSIGN_GROUP_IDS == null) {
      return null;
    }
    try {
      Object tree = OPTIMIZE.invoke(new SequencePattern.GroupPatternExpr(stored, true));
      int groups = (Integer) ASSIGN_GROUP_IDS.invoke(tree, 0);
      return new Optimized((SequencePattern.PatternExpr) tree, groups);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static final Field MATCHED_GROUPS = declared(BasicSequenceMatchResult.class, "matchedGroups");
  private static final Field MATCHED = declared(SequenceMatcher.class, "matched");
  private static final Field MATCHING_COMPLETED = declared(SequenceMatcher.class, "matchingCompleted");
  private static final Constructor<?> MATCHED_GROUP = matchedGroupConstructor();

  private static Constructor<?> matchedGroupConstructor() {
    try {
      Class<?> c = Class.forName(BasicSequenceMatchResult.class.getName() + "$MatchedGroup");
      Constructor<?> k = c.getDeclaredConstructor(int.class, int.class, Object.class);
      k.setAccessible(true);
      return k;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@link #recordMatch} can work on this CoreNLP. */
  static boolean canRecordMatches() {
    return MATCHED_GROUPS != null && MATCHED != null && MATCHING_COMPLETED != null && MATCHED_GROUP != null;
  }

  /**
   * Leaves {@code matcher} as TokensRegex leaves it after finding a match with these group bounds
   * (start and end of group g at 2g and 2g+1; -1 for a group that took no part), so that the rule's
   * value and action read the match as usual.
   */
  static void recordMatch(SequenceMatcher<?> matcher, int[] spans) {
    try {
      Object[] groups = (Object[]) MATCHED_GROUPS.get(matcher);
      for (int g = 0; g < groups.length; g++) {
        boolean took = 2 * g + 1 < spans.length && spans[2 * g] >= 0 && spans[2 * g + 1] >= 0;
        groups[g] = took ? MATCHED_GROUP.newInstance(spans[2 * g], spans[2 * g + 1], null) : null;
      }
      MATCHED.setBoolean(matcher, true);
      MATCHING_COMPLETED.setBoolean(matcher, true);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e); // the members were made accessible when looked up
    }
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
