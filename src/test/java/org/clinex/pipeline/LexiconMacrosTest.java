package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A lexicon macro's nested alternation is a compile-time saving only: it matches what one flat alternation matches. */
class LexiconMacrosTest {
  @Test
  void aLongAlternationIsNestedInSmallGroupsInTheSameOrder() {
    List<String> branches = IntStream.range(0, 50).mapToObj(i -> "/w" + i + "/").toList();
    String nested = LexiconMacros.alternation(branches);
    assertEquals(branches, List.of(nested.replaceAll("[()?:|]", " ").trim().split("\\s+")), "every branch once, in order");
    int depth = 0;
    List<Integer> widths = new ArrayList<>(List.of(1));
    for (String piece : nested.split(" ")) {
      if (piece.equals("(?:")) {
        depth++;
        widths.add(depth, 1);
      } else if (piece.equals(")")) {
        assertTrue(widths.get(depth) <= LexiconMacros.MAX_BRANCHES, "a group of " + widths.get(depth) + " branches");
        depth--;
      } else if (piece.equals("|")) {
        widths.set(depth, widths.get(depth) + 1);
      }
    }
    assertEquals(0, depth);
    assertEquals("(?: /a/ | /b/ )", LexiconMacros.alternation(List.of("/a/", "/b/")), "a short one stays flat");
  }

  @Test
  void aLexiconOfManyPhrasesMatchesAsItsFlatAlternationDoes() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      terms.add("site" + i + " disc herniation");
      terms.add("site" + i + " strain");
    }
    terms.add("disc herniation");
    terms.add("strain");
    String nested = LexiconMacros.pattern(terms);
    String flat = "(?: " + String.join(" | ", alternatives(terms)) + " )";
    List<CoreLabel> t = StartFilterTest.tokens("Site7", "disc", "herniation", "and", "site29", "strain", "with", "disc",
        "herniation", "site3", "sprain", "site12", "disc", "strain");
    List<String> expected = matches(TokenSequencePattern.compile(flat), t);
    assertEquals(List.of("0-3", "4-6", "7-9", "13-14"), expected, "the longest term at each start, as the flat alternation finds");
    assertEquals(expected, matches(TokenSequencePattern.compile(nested), t));
  }

  /** The branches LexiconMacros.pattern writes for these terms, as one flat list (longer phrases first, then the words). */
  private static List<String> alternatives(List<String> terms) {
    List<String> out = new ArrayList<>();
    terms.stream().filter(term -> term.split(" ").length == 3).forEach(term -> out.add(phrase(term)));
    terms.stream().filter(term -> term.split(" ").length == 2).forEach(term -> out.add(phrase(term)));
    out.add("/(?i:strain)/");
    return out;
  }

  private static String phrase(String term) {
    StringBuilder seq = new StringBuilder("(?:");
    for (String w : term.split(" ")) {
      seq.append(" /(?i:").append(w).append(")/");
    }
    return seq.append(" )").toString();
  }

  private static List<String> matches(TokenSequencePattern pattern, List<CoreLabel> tokens) {
    List<String> found = new ArrayList<>();
    var m = pattern.getMatcher(tokens);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }
}
