package org.clinex.pipeline;

import static org.clinex.pipeline.TokensRegexInternals.field;
import static org.clinex.pipeline.TokensRegexInternals.inner;
import static org.clinex.pipeline.TokensRegexInternals.minMatch;
import static org.clinex.pipeline.TokensRegexInternals.node;
import static org.clinex.pipeline.TokensRegexInternals.parts;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lets each TokensRegex rule skip the tokens it cannot start at. TokensRegex tries a pattern at
 * every token, and each try first builds the pattern's whole start state (branch tables sized for
 * 512 branches), which costs far more than the test of the first token that fails at most of them.
 * This creator compiles each token rule as usual, then computes the node patterns that can match a
 * match's first token and tries the pattern only where one of them accepts the token, and only up
 * to the last start from which every required part of the pattern can still be found. There
 * {@link ExactMatcher} finds the match TokensRegex would pick and writes it into the matcher, so that
 * the rule's value and action read it as usual. A {@code FIND_ALL} rule, which wants every match at a
 * start, is searched by TokensRegex only at starts where the exact matcher finds one; a rule the exact
 * matcher cannot reproduce is searched by TokensRegex at every start its first nodes allow. Matches
 * are the same: a skipped start is one where the pattern is bound to fail.
 *
 * <p>While compiling, it also gives each word regex a memo ({@link WordRegexMemo}) and spares each
 * rule TokensRegex's second match over each of its matches ({@link #keepMatchContext}).
 *
 * <p>The first nodes are read from the compiled pattern's expression tree, whose fields CoreNLP keeps
 * private; where the tree holds a construct this class does not know (or the fields are not there),
 * the rule runs unfiltered. {@code StartFilterTest} checks that every rule file finds the same
 * candidates with and without this class, and that the tree is still read (a CoreNLP upgrade that
 * moved the fields would fail it rather than silently lose the speed).
 */
final class StartFilter extends SequenceMatchRules.TokenPatternExtractRuleCreator {
  /** The name TokensRegex looks up in the rule's environment for rules of the default type. */
  static final String RULE_TYPE = "tokens";

  /** Makes every token rule compiled in {@code env} from now on use start filtering. */
  static void install(Env env) {
    env.bind(RULE_TYPE, new StartFilter());
  }

  @Override
  public SequenceMatchRules.AnnotationExtractRule create(Env env, Map<String, Object> attributes) {
    // TokenPatternExtractRuleCreator.create, with the pattern swapped for its filtered copy.
    SequenceMatchRules.AnnotationExtractRule rule = new SequenceMatchRules.AnnotationExtractRuleCreator().create(env, attributes);
    if (rule.annotationField == null) {
      rule.annotationField = rule.tokensAnnotationField;
    }
    if (rule.ruleType == null) {
      rule.ruleType = SequenceMatchRules.TOKEN_PATTERN_RULE_TYPE;
    }
    TokenSequencePattern pattern = (TokenSequencePattern) Expressions.asObject(env, attributes.get("pattern"));
    Expression action = Expressions.asExpression(env, attributes.get("action"));
    Expression result = Expressions.asExpression(env, attributes.get("result"));
    TokenSequencePattern filtered = filtered(pattern);
    updateExtractRule(rule, env, filtered, action, result);
    keepMatchContext(rule, env, filtered);
    return rule;
  }

  /**
   * Where a rule's match is the whole pattern (capture group 0), TokensRegex keeps no match context
   * and finds the match's value, running its action, by matching the pattern a second time over the
   * matched tokens: as costly as the first match, for the same match. This swaps the rule's match
   * collector for one that keeps the context, so that value and action come from the first match.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void keepMatchContext(SequenceMatchRules.AnnotationExtractRule rule, Env env, TokenSequencePattern pattern) {
    if (rule.matchedExpressionGroup != 0 || TokensRegexInternals.MATCH_CONTEXT == null
        || !(rule.filterRule instanceof SequenceMatchRules.AnnotationMatchedFilter)
        || rule.annotationField == null || rule.annotationField == CoreMap.class
        || !(field(SequenceMatchRules.AnnotationMatchedFilter.class, rule.filterRule, "extractor")
            instanceof MatchedExpression.SingleAnnotationExtractor annotation)) {
      return;
    }
    SequenceMatchRules.SequenceMatchedExpressionExtractor withContext = new SequenceMatchRules.SequenceMatchedExpressionExtractor(annotation, 0) {
      @Override
      public MatchedExpression apply(SequenceMatchResult<CoreMap> matched) {
        MatchedExpression expression = super.apply(matched);
        try {
          TokensRegexInternals.MATCH_CONTEXT.set(expression, matched.toBasicSequenceMatchResult());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e); // setAccessible succeeded when the field was looked up
        }
        return expression;
      }
    };
    rule.extractRule = new SequenceMatchRules.CoreMapExtractRule(env, rule.annotationField,
        new SequenceMatchRules.SequencePatternExtractRule<>(pattern, withContext, rule.matchFindType, rule.matchWithResults));
  }

  /** {@code pattern} itself when its first tokens cannot be worked out, else a filtered copy. */
  static TokenSequencePattern filtered(TokenSequencePattern pattern) {
    SequencePattern.PatternExpr expr = (SequencePattern.PatternExpr) field(SequencePattern.class, pattern, "patternExpr");
    if (expr == null) {
      return pattern;
    }
    memoize(expr);
    List<NodePattern<CoreMap>> first = new ArrayList<>();
    Boolean nullable = firstNodes(expr, first);
    if (nullable == null || nullable) {
      return pattern;
    }
    List<List<NodePattern<CoreMap>>> required = new ArrayList<>();
    requiredParts(expr, required);
    required.removeIf(first::equals); // the starts themselves are tested token by token
    ExactMatcher exact = TokensRegexInternals.canRecordMatches() ? ExactMatcher.of(expr) : null;
    return new Filtered(pattern, expr, first, required, exact);
  }

  /**
   * Adds to {@code out}, for each part that every match of {@code expr} must hold (the non-optional
   * elements of its sequences), the node patterns that can match that part's first token. A match
   * starting at token i needs, for each part, a token at i or later that one of its nodes accepts.
   */
  private static void requiredParts(SequencePattern.PatternExpr expr, List<List<NodePattern<CoreMap>>> out) {
    if (expr instanceof SequencePattern.GroupPatternExpr) {
      if (inner(expr) != null) {
        requiredParts(inner(expr), out);
      }
    } else if (expr instanceof SequencePattern.SequencePatternExpr) {
      if (parts(expr) != null) {
        for (SequencePattern.PatternExpr part : parts(expr)) {
          if (Boolean.FALSE.equals(firstNodes(part, new ArrayList<>()))) {
            requiredParts(part, out);
          }
        }
      }
    } else {
      List<NodePattern<CoreMap>> first = new ArrayList<>();
      if (Boolean.FALSE.equals(firstNodes(expr, first))) {
        out.add(first);
      }
    }
  }

  /** Gives every token test of {@code expr} a memo of its verdicts ({@link WordRegexMemo}). */
  @SuppressWarnings("unchecked")
  private static void memoize(SequencePattern.PatternExpr expr) {
    NodePattern<?> node = node(expr);
    if (node != null) {
      WordRegexMemo.apply(node);
      TokensRegexInternals.setNode((SequencePattern.NodePatternExpr) expr, WordRegexMemo.byWord((NodePattern<CoreMap>) node));
    } else if (inner(expr) != null) {
      memoize(inner(expr));
    } else if (parts(expr) != null) {
      parts(expr).forEach(StartFilter::memoize);
    }
  }

  /**
   * Adds to {@code out} the node patterns that can match the first token of a match of {@code expr}
   * and returns whether {@code expr} can match no token at all; null for an unknown construct.
   */
  @SuppressWarnings("unchecked")
  static Boolean firstNodes(SequencePattern.PatternExpr expr, List<NodePattern<CoreMap>> out) {
    if (node(expr) != null) {
      out.add((NodePattern<CoreMap>) node(expr));
      return false;
    }
    if (expr instanceof SequencePattern.SequenceStartPatternExpr || expr instanceof SequencePattern.SequenceEndPatternExpr) {
      return true; // {@code ^} and {@code $} match no token: what follows them starts the match
    }
    if (expr instanceof SequencePattern.GroupPatternExpr) {
      return inner(expr) == null ? null : firstNodes(inner(expr), out);
    }
    if (expr instanceof SequencePattern.RepeatPatternExpr) {
      if (inner(expr) == null || minMatch(expr) == null) {
        return null;
      }
      Boolean nullable = firstNodes(inner(expr), out);
      return nullable == null ? null : nullable || minMatch(expr) == 0;
    }
    List<SequencePattern.PatternExpr> parts = parts(expr);
    if (parts == null) {
      return null;
    }
    if (expr instanceof SequencePattern.OrPatternExpr) {
      boolean nullable = false;
      for (SequencePattern.PatternExpr alternative : parts) {
        Boolean n = firstNodes(alternative, out);
        if (n == null) {
          return null;
        }
        nullable |= n;
      }
      return nullable;
    }
    for (SequencePattern.PatternExpr part : parts) {
      Boolean n = firstNodes(part, out);
      if (n == null || !n) {
        return n;
      }
    }
    return true;
  }

  /**
   * A pattern whose matcher tries only the starts that one of its first nodes accepts and that are
   * followed by a token for each required part (so a rule whose key word is not in the window is not tried at all).
   */
  private static final class Filtered extends TokenSequencePattern {
    private static final long serialVersionUID = 1L;
    private final transient AnyOf first;
    private final transient List<AnyOf> required;
    /** The match TokensRegex would pick at a token, found without it (null: left to TokensRegex). */
    private final transient ExactMatcher exact;

    Filtered(TokenSequencePattern original, SequencePattern.PatternExpr expr, List<NodePattern<CoreMap>> first,
        List<List<NodePattern<CoreMap>>> required, ExactMatcher exact) {
      super(original.pattern(), expr, original.getAction());
      this.first = new AnyOf(first);
      this.required = required.stream().map(AnyOf::new).toList();
      this.exact = exact;
    }

    @Override
    public TokenSequenceMatcher getMatcher(List<? extends CoreMap> tokens) {
      return new Matcher(this, tokens);
    }

    boolean canStartAt(int wordId, CoreMap token) {
      return first.accepts(wordId, token);
    }

    /** The last start in [from, to) from which every required part can still be found: to - 1 at most. */
    int lastFeasibleStart(List<? extends CoreMap> tokens, int[] wordIds, int from, int to) {
      int last = to - 1;
      for (AnyOf part : required) {
        int j = to - 1;
        while (j >= from && !part.accepts(wordIds[j], tokens.get(j))) {
          j--;
        }
        last = Math.min(last, j);
      }
      return last;
    }
  }

  private static final class Matcher extends TokenSequenceMatcher {
    private final Filtered pattern;
    private final List<? extends CoreMap> tokens;
    private final int[] wordIds;
    private int next = -1;
    private int lastStart;

    Matcher(Filtered pattern, List<? extends CoreMap> tokens) {
      super(pattern, tokens);
      this.pattern = pattern;
      this.tokens = tokens;
      this.wordIds = WordRegexMemo.wordIds(tokens);
    }

    @Override
    public boolean find() {
      if (getFindType() != SequenceMatcher.FindType.FIND_NONOVERLAPPING) {
        return super.find();
      }
      if (next < 0) {
        next = regionStart();
        lastStart = Integer.MAX_VALUE; // worked out at the first token the pattern can start at
      }
      boolean exact = pattern.exact != null && !isMatchWithResult();
      for (int i = next; i < regionEnd() && i <= lastStart; i++) {
        if (!pattern.canStartAt(wordIds[i], tokens.get(i))) {
          continue;
        }
        if (lastStart == Integer.MAX_VALUE) {
          lastStart = pattern.lastFeasibleStart(tokens, wordIds, i, regionEnd());
          if (i > lastStart) {
            break;
          }
        }
        if (!exact) {
          if (find(i, true)) {
            next = end();
            return true;
          }
          continue;
        }
        int[] groups = pattern.exact.matchAt(tokens, wordIds, i, regionEnd());
        if (groups != null) {
          TokensRegexInternals.recordMatch(this, groups);
          next = groups[1];
          return true;
        }
      }
      next = regionEnd();
      return false;
    }

    /**
     * The search of a {@code FIND_ALL} rule, which TokensRegex runs through here rather than
     * {@link #find()}: the same skipping of starts the pattern cannot match at.
     */
    @Override
    protected boolean find(int start, boolean matchStart) {
      if (matchStart) {
        return super.find(start, true);
      }
      for (int i = start; i < regionEnd(); i++) {
        if (pattern.canStartAt(wordIds[i], tokens.get(i))
            && (pattern.exact == null || pattern.exact.matchAt(tokens, wordIds, i, regionEnd()) != null)
            && super.find(i, true)) {
          return true;
        }
      }
      return super.find(regionEnd(), false); // no match: records it as TokensRegex does
    }

    @Override
    public void reset() {
      super.reset();
      next = -1;
    }
  }
}
