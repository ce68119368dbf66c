package org.clinex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
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
  private static final List<String> SEEDS = seeds();

  private static List<String> seeds() {
    try (Stream<Path> files = Files.list(Path.of("annotated-gold/seeds"))) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> random = Arbitraries.strings().withChars("abc 57/5-.,:\n\r\t\u00a0\fyearoldMRICT4+").ofMaxLength(400);
    return Arbitraries.oneOf(random, mutatedPieces(), mutatedPieces());
  }

  /** A piece of a seed letter (up to 1,200 characters) with a few mutations. */
  @Provide
  Arbitrary<String> mutatedPieces() {
    Arbitrary<String> piece = Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(50, 1200))
        .as((s, from, length) -> {
          String seed = SEEDS.get(s);
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
   * Holds for pieces of letters. Known exceptions, all context that is document-wide by design
   * (README, "Robustness"): the header table is read only in a text's first 3,000 characters, so a
   * letter joined after a long document loses its header-table InjuryDate; a section heading of the
   * first document governs the second's opening lines; double spacing is judged per text.
   */
  @Property(tries = 15)
  void twoDocumentsJoinedByABlankLineGiveTheUnionOfTheirMentions(
      @ForAll("mutatedPieces") String a, @ForAll("mutatedPieces") String b) {
    String joined = a + "\n\n" + b;
    List<Mention> expected = new ArrayList<>(EXTRACTOR.extract(a).mentions());
    int shift = a.length() + 2;
    for (Mention m : EXTRACTOR.extract(b).mentions()) {
      expected.add(new Mention(m.type(), m.start() + shift, m.end() + shift, m.text(), m.attributes(), m.rule()));
    }
    assertEquals(new Extraction(expected), EXTRACTOR.extract(joined));
  }
}
