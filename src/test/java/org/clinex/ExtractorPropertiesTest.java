package org.clinex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clinex.pipeline.LayoutNormalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link Extractor#extract} over random text and mutated pieces of the seed letters
 * (deletions, insertions, case changes, line-break changes). Pieces are short so that tries stay cheap.
 */
class ExtractorPropertiesTest {
  private static final Extractor EXTRACTOR = Extractor.create();
  private static final List<String> SEEDS = SeedTexts.all();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> random = Arbitraries.strings().withChars("abc 57/5-.,:\n\r\t\u00a0\fyearoldMRICT4+").ofMaxLength(400);
    return Arbitraries.oneOf(random, mutatedPieces(), mutatedPieces());
  }

  /** A piece of a seed letter (up to 1,200 characters) with a few mutations. */
  @Provide
  Arbitrary<String> mutatedPieces() {
    return mutatedPiecesOf(SEEDS);
  }

  /**
   * The same from the seeds laid out single-spaced (as the layout normalizer folds them), so that
   * joining two pieces does not change whether the text is judged double-spaced.
   */
  @Provide
  Arbitrary<String> singleSpacedPieces() {
    return mutatedPiecesOf(SEEDS.stream().map(LayoutNormalizer::normalize).toList());
  }

  private static Arbitrary<String> mutatedPiecesOf(List<String> seeds) {
    Arbitrary<String> piece = Combinators.combine(Arbitraries.integers().between(0, seeds.size() - 1),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(50, 1200))
        .as((s, from, length) -> {
          String seed = seeds.get(s);
          int start = (int) (from * Math.max(0, seed.length() - length));
          return seed.substring(start, Math.min(seed.length(), start + length));
        });
    return Combinators.combine(piece, Arbitraries.integers().between(0, 4).list().ofMaxSize(4),
        Arbitraries.doubles().between(0, 1).list().ofSize(4), Arbitraries.strings().ofMaxLength(6))
        .as((text, kinds, positions, insert) -> {
          String t = text;
          for (int i = 0; i < kinds.size() && !t.isEmpty(); i++) {
            int at = (int) (positions.get(i) * (t.length() - 1));
            int to = Math.min(t.length(), at + 1 + (int) (positions.get(3 - i) * 20));
            t = switch (kinds.get(i)) {
              case 0 -> t.substring(0, at) + t.substring(to);                                   // deletion
              case 1 -> t.substring(0, at) + insert + t.substring(at);                         // insertion
              case 2 -> t.substring(0, at) + t.substring(at, to).toUpperCase() + t.substring(to); // case change
              case 3 -> t.replace("\n", "\r\n");                                                // line breaks
              default -> t.substring(0, at) + "\n\n" + t.substring(at);                        // paragraph break
            };
          }
          return t;
        });
  }

  @Property(tries = 50)
  void offsetsLieInTheTextCoverItsTextAndRepeatRunsAgree(@ForAll("texts") String text) {
    Extraction first = EXTRACTOR.extract(text);
    for (Mention m : first.mentions()) {
      assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), m::toString);
      assertEquals(text.substring(m.start(), m.end()), m.text());
    }
    assertEquals(first, EXTRACTOR.extract(text));
  }

  /**
   * Holds for pieces of letters, each opening with its own heading as a document does, joined by a
   * paragraph break. Context that is document-wide by design (README, "Robustness") is held equal
   * rather than tested here: the second text opens its own section (else the first text's last
   * heading would govern its opening lines), and the pieces are single-spaced, so that the three
   * texts agree on double spacing (judged per text; in double-spaced text one blank line is a wrap).
   */
  // A short piece may still be judged double-spaced on its own: such pairs are discarded, not failed.
  @Property(tries = 30, maxDiscardRatio = 100)
  void twoDocumentsJoinedByAParagraphBreakGiveTheUnionOfTheirMentions(
      @ForAll("singleSpacedPieces") String a, @ForAll("singleSpacedPieces") String piece) {
    String b = "NOTES:\n" + piece;
    String joined = a + "\n\n\n" + b;
    Assume.that(LayoutNormalizer.isDoubleSpaced(a) == LayoutNormalizer.isDoubleSpaced(b)
        && LayoutNormalizer.isDoubleSpaced(b) == LayoutNormalizer.isDoubleSpaced(joined));
    List<Mention> expected = new ArrayList<>(EXTRACTOR.extract(a).mentions());
    int shift = a.length() + 3;
    for (Mention m : EXTRACTOR.extract(b).mentions()) {
      expected.add(new Mention(m.type(), m.start() + shift, m.end() + shift, m.text(), m.attributes(), m.rule()));
    }
    assertEquals(new Extraction(expected), EXTRACTOR.extract(joined));
  }
}
