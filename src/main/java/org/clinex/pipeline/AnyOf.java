package org.clinex.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether one of some token tests accepts a token. A rule may have forty first nodes, read at every
 * token of every window: the joint verdict of those that read only the word is remembered per
 * word, so most tokens cost one array read. Of the others ({@code [{section:"PLAN"} & {word:/x/}]}),
 * those with a test of the word that they all need are skipped together where no such test accepts
 * the word (a verdict remembered per word too); the rest are tested each time.
 */
final class AnyOf {
  private final List<NodePattern<CoreMap>> byWord;
  private final List<NodePattern<CoreMap>> gated;
  private final List<NodePattern<CoreMap>> other;
  private final Predicate<CoreMap> gate;
  private final Predicate<CoreMap> anyByWord;
  private final WordRegexMemo.WordVerdicts verdicts = new WordRegexMemo.WordVerdicts();
  private final WordRegexMemo.WordVerdicts gateVerdicts = new WordRegexMemo.WordVerdicts();

  AnyOf(List<NodePattern<CoreMap>> nodes) {
    List<NodePattern<CoreMap>> byWord = new ArrayList<>();
    List<NodePattern<CoreMap>> gated = new ArrayList<>();
    List<NodePattern<CoreMap>> other = new ArrayList<>();
    List<Predicate<CoreMap>> conditions = new ArrayList<>();
    for (NodePattern<CoreMap> node : nodes) {
      Predicate<CoreMap> condition;
      if (WordRegexMemo.readsOnlyWord(node)) {
        byWord.add(node);
      } else if ((condition = wordCondition(node)) != null) {
        gated.add(node);
        conditions.add(condition);
      } else {
        other.add(node);
      }
    }
    this.byWord = byWord;
    this.anyByWord = token -> any(byWord, token);
    this.gated = gated;
    this.other = other;
    this.gate = token -> conditions.stream().anyMatch(c -> c.test(token));
  }

  /** Whether one of the tests accepts {@code token}, whose word number ({@link Annotations.WordIdAnnotation}, -1: none) is given. */
  boolean accepts(int wordId, CoreMap token) {
    if (!byWord.isEmpty() && verdicts.test(wordId, token, anyByWord)) {
      return true;
    }
    if (!gated.isEmpty() && gateVerdicts.test(wordId, token, gate) && any(gated, token)) {
      return true;
    }
    return any(other, token);
  }

  private static boolean any(List<NodePattern<CoreMap>> nodes, CoreMap token) {
    for (NodePattern<CoreMap> node : nodes) {
      if (node.match(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A test of the token's word alone that every token {@code node} accepts passes (the word part of
   * {@code [{section:"PLAN"} & {word:/x/}]}), or null where the node has none.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<CoreMap> wordCondition(NodePattern<?> node) {
    if (WordRegexMemo.readsOnlyWord(node)) {
      NodePattern<CoreMap> n = (NodePattern<CoreMap>) node;
      return n::match;
    }
    if (node instanceof NodePattern.ConjNodePattern) {
      List<Predicate<CoreMap>> parts = TokensRegexInternals.nodeParts(node).stream()
          .map(AnyOf::wordCondition).filter(java.util.Objects::nonNull).toList();
      return parts.isEmpty() ? null : token -> parts.stream().allMatch(p -> p.test(token));
    }
    if (node instanceof NodePattern.DisjNodePattern) {
      List<Predicate<CoreMap>> parts = TokensRegexInternals.nodeParts(node).stream().map(AnyOf::wordCondition).toList();
      return parts.isEmpty() || parts.contains(null) ? null : token -> parts.stream().anyMatch(p -> p.test(token));
    }
    if (node instanceof CoreMapNodePattern complex) {
      // All of a token test's annotation tests must hold; those on the word make its condition.
      List<NodePattern> onWord = complex.getAnnotationPatterns().stream()
          .filter(test -> test.first == CoreAnnotations.TextAnnotation.class).map(test -> (NodePattern) test.second).toList();
      return onWord.isEmpty() ? null : token -> {
        Object word = token.get(CoreAnnotations.TextAnnotation.class);
        return onWord.stream().allMatch(test -> test.match(word));
      };
    }
    return null;
  }
}
