package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The prefix-tree regex of a lexicon matches exactly its words, in any case. */
class LexiconMacrosTest {
  @Test
  void prefixTreeMatchesTheWordsAndNothingElse() {
    Pattern p = Pattern.compile("(?i:" + LexiconMacros.alternation(List.of("strain", "sprain", "sprains", "s/p", "x-ray", "CT", "spr")) + ")");
    for (String yes : List.of("strain", "SPRAIN", "sprains", "s/p", "X-Ray", "ct", "spr")) {
      assertEquals(true, p.matcher(yes).matches(), yes);
    }
    for (String no : List.of("s", "sp", "sprai", "strains", "x-rays", "c", "", "sprainss")) {
      assertEquals(false, p.matcher(no).matches(), no);
    }
  }

  @Property(tries = 200)
  void prefixTreeAgreesWithAFlatAlternation(
      @ForAll @Size(min = 1, max = 30) List<@NotEmpty @StringLength(max = 6) @AlphaChars @Chars({'-', '/', '.'}) String> words,
      @ForAll @StringLength(max = 7) @AlphaChars @Chars({'-', '/', '.'}) String probe) {
    Pattern tree = Pattern.compile("(?i:" + LexiconMacros.alternation(words) + ")");
    boolean expected = words.stream().anyMatch(w -> w.equalsIgnoreCase(probe));
    assertEquals(expected, tree.matcher(probe).matches(), () -> words + " / " + probe);
  }
}
