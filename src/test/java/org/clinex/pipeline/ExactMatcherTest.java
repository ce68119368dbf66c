package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The exact matcher must find, from every start, the match TokensRegex finds: same start, same end,
 * same bounds of every group. Checked on random patterns over a five-word vocabulary, with ambiguous
 * repetitions (greedy and reluctant, narrow and wide bounds), alternatives long enough for TokensRegex
 * to merge and reorder them, capturing groups that may stay empty, and both anchors.
 */
class ExactMatcherTest {
  private static final List<String> WORDS = List.of("a", "b", "c", ",", "d");

  @Provide
  Arbitrary<String> patterns() {
    return pattern(3);
  }

  private static Arbitrary<String> pattern(int depth) {
    Arbitrary<String> atom = Arbitraries.of("/a/", "/b/", "/c/", "/a|b/", "/,/", "[!{word:/a/}]", "[]");
    // Six or more one-word literals: TokensRegex merges them into one test and moves it first.
    Arbitrary<String> words = Arbitraries.of("/a/", "/b/", "/c/", "/,/", "/d/", "/e/", "/a/ /b/", "/b/ /a/", "/a|c/")
        .list().ofMinSize(6).ofMaxSize(9).map(parts -> "(?: " + String.join(" | ", parts) + " )");
    if (depth == 0) {
      return Arbitraries.oneOf(atom, atom, atom, words);
    }
    Arbitrary<String> inner = pattern(depth - 1);
    Arbitrary<String> sequence = inner.list().ofMinSize(2).ofMaxSize(3).map(parts -> "(?: " + String.join(" ", parts) + " )");
    Arbitrary<String> alternation = inner.list().ofMinSize(2).ofMaxSize(3).map(parts -> "(?: " + String.join(" | ", parts) + " )");
    Arbitrary<String> group = Combinators.combine(inner, Arbitraries.of("( ", "(?$x ")).as((p, open) -> open + p + " )");
    // A repetition of what may match nothing sends TokensRegex into a loop; no rule writes one.
    Arbitrary<String> tokens = Arbitraries.oneOf(
        atom.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(" ", parts)),
        atom.list().ofMinSize(2).ofMaxSize(3).map(parts -> "(?: " + String.join(" | ", parts) + " )"),
        atom.map(a -> "( " + a + " )"));
    Arbitrary<String> repeat = Combinators.combine(tokens,
            Arbitraries.of("?", "*", "+", "{1,3}", "{0,2}", "{2,4}", "{0,7}", "{1,12}", "{2,6}", "{0,12}", "{1,20}", "??", "*?", "+?", "{1,3}?", "{0,7}?"))
        .as((p, q) -> "(?: " + p + " )" + q);
    return Arbitraries.oneOf(atom, atom, sequence, alternation, group, repeat, words);
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10);
  }

  @Property(tries = 1500)
  void findsTheMatchTokensRegexPicksFromEveryStart(@ForAll("patterns") String body, @ForAll("sentences") List<String> words,
      @ForAll boolean atStart, @ForAll boolean atEnd) {
    String regex = (atStart ? "^ " : "") + "(?: " + body + " ) /a|c/" + (atEnd ? " $" : "");
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile(regex)));
    Statistics.label("exact").collect(exact != null);
    if (exact != null) {
      checkAgainstTokensRegex(regex, exact, words);
    }
  }

  @Test
  void aLongAlternationOfWordsPrefersWhatTokensRegexMovedFirst() {
    // TokensRegex merges the one-word literals into one test placed before the two-word sequence,
    // so "a" wins over "a b" although "a b" is written first.
    String regex = "(?: /a/ /b/ | /a/ | /b/ | /c/ | /,/ | /d/ | /e/ )";
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile(regex)));
    assertNotNull(exact);
    checkAgainstTokensRegex(regex, exact, List.of("a", "b"));
    assertEquals(1, exact.matchAt(tokens(List.of("a", "b")), 0, 2)[1]);
  }

  @Test
  void aGroupOpensOnlyWhereATokenFollows() {
    // TokensRegex opens a group as it consumes a token: an empty group at the window's end never opens.
    String regex = "/a/ ( /b/? )";
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile(regex)));
    assertNotNull(exact);
    checkAgainstTokensRegex(regex, exact, List.of("a"));
    checkAgainstTokensRegex(regex, exact, List.of("a", "c"));
    assertNull(exact.matchAt(tokens(List.of("a")), 0, 1));
    int[] groups = exact.matchAt(tokens(List.of("a", "c")), 0, 2);
    assertEquals(List.of(0, 1, 1, 1), List.of(groups[0], groups[1], groups[2], groups[3]));
  }

  @Test
  void rankDecidesBetweenWaysOfSplittingTheSameTokens() {
    // Greedy first group takes all it can; the reluctant one takes the least.
    for (String regex : List.of("( /a/* ) ( /a/* ) /b/", "( /a/*? ) ( /a/+ ) /b/", "( /a/{1,7} )? ( [!{word:/b/}]{0,12} ) /b/")) {
      ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile(regex)));
      assertNotNull(exact, regex);
      checkAgainstTokensRegex(regex, exact, List.of("a", "a", "a", "b", "a", "b"));
    }
  }

  @Test
  void theEndOfALoopIsAlsoItsWayBackIn() {
    // The first finding of a match must not end the search for longer ones.
    String regex = "/a/ [!{word:/c/}]{1,60}";
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile(regex)));
    List<String> words = List.of("a", "b", "b", "a", "b", "c");
    assertEquals(5, exact.matchAt(tokens(words), 0, 6)[1]);
    checkAgainstTokensRegex(regex, exact, words);
  }

  @Test
  void anAmbiguousListThatFailsIsRejected() {
    // The shape that cost TokensRegex 37 ms in one sentence: separators that the filler may also take.
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile("/b/ (?: /,|a/ [!{word:/c/}]{1,5} ){1,3} /c/ /b/")));
    List<CoreMap> tokens = tokens(List.of("b", ",", "a", ",", "a", "a", ",", "a", "a", ",", "c", "a"));
    assertNull(exact.matchAt(tokens, 0, tokens.size()));
  }

  @Test
  void theEndAnchorHoldsOnlyAtTheWindowsEnd() {
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile("/a/ /b/ $")));
    assertNull(exact.matchAt(tokens(List.of("a", "b", "c")), 0, 3));
    assertEquals(3, exact.matchAt(tokens(List.of("c", "a", "b")), 1, 3)[1]);
  }

  @Test
  void aRepetitionOfWhatMayMatchNothingIsLeftToTokensRegex() {
    assertNull(ExactMatcher.of(expr(TokenSequencePattern.compile("(?: /a/? /b/? ){1,3} /c/"))));
  }

  /** From every start: TokensRegex's first match at or after it, against the exact matcher's first start that matches. */
  private static void checkAgainstTokensRegex(String regex, ExactMatcher exact, List<String> words) {
    TokenSequencePattern pattern = TokenSequencePattern.compile(regex);
    List<CoreMap> tokens = tokens(words);
    for (int i = 0; i < tokens.size(); i++) {
      TokenSequenceMatcher m = pattern.getMatcher(tokens);
      boolean found = m.find(i);
      int[] groups = null;
      for (int s = i; s < tokens.size() && groups == null; s++) {
        groups = exact.matchAt(tokens, s, tokens.size());
      }
      String at = regex + " on " + words + " from " + i;
      assertEquals(found, groups != null, at);
      if (!found) {
        continue;
      }
      assertEquals(m.groupCount() + 1, exact.groups(), at);
      for (int g = 0; g <= m.groupCount(); g++) {
        assertEquals(m.start(g), groups[2 * g], at + " start of group " + g);
        assertEquals(m.end(g), groups[2 * g + 1], at + " end of group " + g);
      }
    }
  }

  private static SequencePattern.PatternExpr expr(TokenSequencePattern pattern) {
    return (SequencePattern.PatternExpr) TokensRegexInternals.field(SequencePattern.class, pattern, "patternExpr");
  }

  private static List<CoreMap> tokens(List<String> words) {
    return new ArrayList<>(StartFilterTest.tokens(words.toArray(String[]::new)));
  }

  @Test
  void everyStartIsCheckedEvenWhereTokensRegexFindsNothing() {
    ExactMatcher exact = ExactMatcher.of(expr(TokenSequencePattern.compile("/b/ /c/")));
    assertNotNull(exact);
    assertTrue(exact.matchAt(tokens(List.of("a", "b", "c")), 1, 3) != null);
    assertNull(exact.matchAt(tokens(List.of("a", "b", "c")), 0, 3));
  }
}
