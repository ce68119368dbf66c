package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.junit.jupiter.api.Test;

/**
 * The recognizer must never say "no match" where TokensRegex finds one, nor put the longest match's
 * end before the end of the match TokensRegex picks; and TokensRegex, searching only up to that end,
 * must pick the same match. Checked on random patterns over a four-word vocabulary, with ambiguous
 * repetitions, alternatives, groups, wide bounds (loosened) and the end anchor.
 */
class RecognizerTest {
  private static final List<String> WORDS = List.of("a", "b", "c", ",");

  @Provide
  Arbitrary<String> patterns() {
    return pattern(3);
  }

  private static Arbitrary<String> pattern(int depth) {
    Arbitrary<String> atom = Arbitraries.of("/a/", "/b/", "/c/", "/a|b/", "/,/", "[!{word:/a/}]", "[]");
    if (depth == 0) {
      return atom;
    }
    Arbitrary<String> inner = pattern(depth - 1);
    Arbitrary<String> sequence = inner.list().ofMinSize(2).ofMaxSize(3).map(parts -> "(?: " + String.join(" ", parts) + " )");
    Arbitrary<String> alternation = inner.list().ofMinSize(2).ofMaxSize(3).map(parts -> "(?: " + String.join(" | ", parts) + " )");
    Arbitrary<String> group = inner.map(p -> "( " + p + " )");
    // TokensRegex itself overflows its stack on a repetition of what may match nothing ("(?: X* )+"),
    // which no rule writes: a repetition here holds a non-empty sequence or alternation of tokens.
    Arbitrary<String> tokens = Arbitraries.oneOf(
        atom.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(" ", parts)),
        atom.list().ofMinSize(2).ofMaxSize(3).map(parts -> "(?: " + String.join(" | ", parts) + " )"));
    Arbitrary<String> repeat = Combinators.combine(tokens, Arbitraries.of("?", "*", "+", "{1,3}", "{0,2}", "{2,4}", "{0,12}", "{1,20}", "??", "{1,3}?"))
        .as((p, q) -> "(?: " + p + " )" + q);
    return Arbitraries.oneOf(atom, atom, sequence, alternation, group, repeat);
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10);
  }

  @Property(tries = 600)
  void neverMissesAMatchNorCutsTheChosenOne(@ForAll("patterns") String body, @ForAll("sentences") List<String> words,
      @ForAll boolean anchoredAtEnd) {
    String regex = "(?: " + body + " ) /a|c/" + (anchoredAtEnd ? " $" : "");
    checkAgainstTokensRegex(regex, words);
  }

  @Test
  void theEndOfALoopIsAlsoItsWayBackIn() {
    // The first finding of a match must not end the search for longer ones.
    Recognizer r = recognizer("/a/ [!{word:/c/}]{1,60}");
    assertEquals(5, r.longestEnd(tokens(List.of("a", "b", "b", "a", "b", "c")), 0, 6));
    checkAgainstTokensRegex("/a/ [!{word:/c/}]{1,60}", List.of("a", "b", "b", "a", "b", "c"));
  }

  @Test
  void anAmbiguousListThatFailsIsRejectedWithoutTokensRegex() {
    // The shape that cost 37 ms in one sentence: separators that the filler may also take.
    Recognizer r = recognizer("/b/ (?: /,|a/ [!{word:/c/}]{1,5} ){1,3} /c/ /b/");
    List<CoreMap> tokens = tokens(List.of("b", ",", "a", ",", "a", "a", ",", "a", "a", ",", "c", "a"));
    assertEquals(-1, r.longestEnd(tokens, 0, tokens.size()));
  }

  @Test
  void theEndAnchorHoldsOnlyAtTheWindowsEnd() {
    Recognizer r = recognizer("/a/ /b/ $");
    assertEquals(-1, r.longestEnd(tokens(List.of("a", "b", "c")), 0, 3));
    assertEquals(3, r.longestEnd(tokens(List.of("c", "a", "b")), 1, 3));
  }

  private static void checkAgainstTokensRegex(String regex, List<String> words) {
    TokenSequencePattern pattern = TokenSequencePattern.compile(regex);
    Recognizer recognizer = recognizer(pattern);
    List<CoreMap> tokens = tokens(words);
    for (int i = 0; i < tokens.size(); i++) {
      TokenSequenceMatcher full = pattern.getMatcher(tokens);
      boolean tokensRegexMatches = full.find(i) && full.start() == i;
      int longest = recognizer.longestEnd(tokens, i, tokens.size());
      String at = regex + " on " + words + " at " + i;
      if (!tokensRegexMatches) {
        continue; // a loosened recognizer may still say yes; it must never say no below
      }
      assertTrue(longest >= full.end(), at + ": TokensRegex matched to " + full.end() + ", recognizer " + longest);
      TokenSequenceMatcher cut = pattern.getMatcher(tokens);
      cut.region(i, longest);
      assertTrue(cut.find(i) && cut.start() == i, at + ": no match up to " + longest);
      assertEquals(full.end(), cut.end(), at);
      for (int g = 1; g <= full.groupCount(); g++) {
        assertEquals(full.start(g), cut.start(g), at + " group " + g);
        assertEquals(full.end(g), cut.end(g), at + " group " + g);
      }
    }
  }

  private static Recognizer recognizer(String regex) {
    return recognizer(TokenSequencePattern.compile(regex));
  }

  private static Recognizer recognizer(TokenSequencePattern pattern) {
    SequencePattern.PatternExpr expr = (SequencePattern.PatternExpr) TokensRegexInternals.field(SequencePattern.class, pattern, "patternExpr");
    Recognizer r = Recognizer.of(expr);
    assertNotNull(r, "every construct of these patterns is known");
    return r;
  }

  private static List<CoreMap> tokens(List<String> words) {
    return new ArrayList<>(StartFilterTest.tokens(words.toArray(String[]::new)));
  }
}
