package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clinex.SeedTexts;
import org.junit.jupiter.api.Test;

/** A prefiltered regex finds exactly what {@link Matcher#find} finds over the same range. */
class PrefilteredRegexTest {
  private static final ModelSource MODELS = ModelSource.classpath();

  /** Constructs whose start looks back or ahead, empty matches, characters outside Latin-1. */
  private static final List<String> SYNTHETIC = List.of(
      "\\bab", "(?<!a)b", "(?<![\\p{L}\\p{N}])(?i:ab|ba)(?![\\p{L}\\p{N}])", "(?m)^\\s*ab", "\\Aab", "b$", "ab\\b",
      "a*", "(?=b)", "\\Ba", "(?<=a)b", "x?", "(?i)\\b(?:ab\\s+ba|\\bb/a)", "\\d(?:a|b\\b)", "\u00e9a|\u0100b|a\u0100",
      "(?:/|ab)\\s*(?:5|five)\\b", "[^a]b", "(?i)\\b(?:this|that)\\s+ab", "(?i)abb\\w*a");

  private static List<Pattern> patterns() {
    List<Pattern> patterns = new ArrayList<>();
    SYNTHETIC.forEach(p -> patterns.add(Pattern.compile(p)));
    RuleGate.load(MODELS).values().forEach(g -> patterns.add(g.anchor()));
    patterns.addAll(new SectionTagger(Lexicon.load(MODELS, "lexicons/sections.tsv", 3)).headingPatterns());
    return patterns;
  }

  private static final List<Pattern> PATTERNS = patterns();
  /** Kept across tries, so that tables filled by one text serve the next. */
  private static final List<PrefilteredRegex> SHARED = PATTERNS.stream().map(PrefilteredRegex::new).toList();

  private static List<String> plain(Pattern p, String text, int from, int to) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      found.add(m.start() + "-" + m.end());
    }
    return found;
  }

  private static List<String> prefiltered(PrefilteredRegex p, String text, int from, int to) {
    List<String> found = new ArrayList<>();
    p.find(text, from, to, (start, end) -> found.add(start + "-" + end));
    return found;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> letters = Arbitraries.strings().withChars("ab5 /\n.\u00e9\u0100xAB_-:1").ofMaxLength(60);
    Arbitrary<String> words = Arbitraries.of("diagnosed with ", "history of ", "MRI ", "x-ray ", "DIAGNOSES: ", "PLAN: ",
        "AND PLAN: ", "4/5 ", "age ", "57yo ", "injury ", "upheld", "Case Number: ", "\n", ". ", "Decision rationale: ",
        "b", "ab", "CT", "EMG/NCV ", "the ", "this ab", "That ", "abba", "abbaab ").list().ofMaxSize(25).map(l -> String.join("", l));
    return Arbitraries.oneOf(letters, words);
  }

  @Property(tries = 400)
  void everyRegexFindsWhatFindFindsInAnyRange(@ForAll("texts") String text, @ForAll int a, @ForAll int b) {
    int from = text.isEmpty() ? 0 : Math.floorMod(a, text.length() + 1);
    int to = from + Math.floorMod(b, text.length() - from + 1);
    for (int i = 0; i < PATTERNS.size(); i++) {
      Pattern p = PATTERNS.get(i);
      assertEquals(plain(p, text, from, to), prefiltered(new PrefilteredRegex(p), text, from, to), p + " in [" + from + "," + to + ") of " + text);
      // Every range through the list of positions a match may start at (long texts take it, short ones rarely).
      assertEquals(plain(p, text, from, to), prefiltered(new PrefilteredRegex(p, 1), text, from, to), p + " listed, in [" + from + "," + to + ") of " + text);
      assertEquals(plain(p, text, 0, text.length()), prefiltered(SHARED.get(i), text, 0, text.length()), p + " over " + text);
      assertEquals(plain(p, text, from, to), prefiltered(SHARED.get(i), text, from, to), p + " in [" + from + "," + to + ") of " + text);
    }
  }

  @Test
  void theSeedLettersGiveTheSameMatchesForEveryBundledRegex() throws IOException {
    int matches = 0;
    for (String text : SeedTexts.all()) {
      for (Pattern p : PATTERNS) {
        PrefilteredRegex regex = new PrefilteredRegex(p);
        // Twice: first as the tables fill, then from the filled tables.
        for (int pass = 0; pass < 2; pass++) {
          List<String> expected = plain(p, text, 0, text.length());
          assertEquals(expected, prefiltered(regex, text, 0, text.length()), p.pattern());
          matches += expected.size();
          int mid = text.length() / 3;
          assertEquals(plain(p, text, mid, 2 * mid), prefiltered(regex, text, mid, 2 * mid), p.pattern());
        }
      }
    }
    assertTrue(matches > 100, "the regexes do match in the seeds: " + matches);
  }
}
