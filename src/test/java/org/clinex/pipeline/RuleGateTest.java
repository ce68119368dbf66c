package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.clinex.EntityType;
import org.clinex.RulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gates open token windows around anchors (or whole sentences) and nothing elsewhere. */
class RuleGateTest {
  private static final ModelSource MODELS = ModelSource.classpath();

  private static Document prepare(String text) {
    return new Pipeline(MODELS, EnumSet.of(EntityType.AGE)).prepare(text);
  }

  private static String covered(Document doc, int[] window) {
    return doc.text().substring(doc.token(window[0]).beginPosition(), doc.token(window[1] - 1).endPosition());
  }

  private static RuleGate gate(Path dir, String row) throws IOException {
    Files.createDirectories(dir.resolve("lexicons"));
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("lexicons/gates.tsv"), row + "\n");
    return RuleGate.load(ModelSource.directory(dir)).get(EntityType.AGE);
  }

  @Test
  void bundledGatesSkipSentencesWithoutAnchors() {
    Map<EntityType, RuleGate> gates = RuleGate.load(MODELS);
    Document doc = prepare("He is a 57 year old man. The request is not medically necessary. Strength was 4+/5.");
    assertEquals(3, doc.sentenceCount());
    assertEquals(1, gates.get(EntityType.AGE).windows(doc, 0).size());
    assertTrue(gates.get(EntityType.AGE).windows(doc, 1).isEmpty(), "no age words: the Age rules never see it");
    assertTrue(gates.get(EntityType.AGE).windows(doc, 2).isEmpty());
    assertEquals(1, gates.get(EntityType.MOTOR_GRADE).windows(doc, 2).size());
    assertTrue(gates.get(EntityType.MOTOR_GRADE).windows(doc, 1).isEmpty());
  }

  @Test
  void windowsSpanTheGivenTokensAroundEachAnchorAndMerge(@TempDir Path dir) throws IOException {
    RuleGate gate = gate(dir, "Age\tyears\t-\t2,1");
    Document doc = prepare("one two three four 57 years old five six seven eight nine ten 12 years ago eleven 3 years later");
    List<int[]> windows = gate.windows(doc, 0);
    assertEquals(2, windows.size());
    assertEquals("four 57 years old", covered(doc, windows.get(0)));
    assertEquals("ten 12 years ago eleven 3 years later", covered(doc, windows.get(1)), "overlapping windows merge");
  }

  @Test
  void windowsStopAtTheSentenceEdges(@TempDir Path dir) throws IOException {
    RuleGate gate = gate(dir, "Age\tyears\t-\t9,9");
    Document doc = prepare("First sentence here. He is 57 years old. Last one.");
    assertEquals("He is 57 years old.", covered(doc, gate.windows(doc, 1).get(0)));
  }

  @Test
  void aSentenceWindowOrASectionAdmitsTheWholeSentence(@TempDir Path dir) throws IOException {
    Document doc = prepare("Then he said he was 57 years old and tired of it all.");
    assertEquals(doc.text(), covered(doc, gate(dir, "Age\tyears\t-\tsentence").windows(doc, 0).get(0)));

    Pipeline pipeline = new Pipeline(MODELS, EnumSet.of(EntityType.DIAGNOSIS));
    Document note = pipeline.prepare("IMPRESSION:,  Left hip fracture. Anemia.");
    RuleGate diagnosis = RuleGate.load(MODELS).get(EntityType.DIAGNOSIS);
    for (int s = 0; s < note.sentenceCount(); s++) {
      List<int[]> windows = diagnosis.windows(note, s);
      assertEquals(1, windows.size(), "sentence " + s + " lies in the DIAGNOSES section");
      assertEquals(note.sentenceBegin(s), windows.get(0)[0]);
      assertEquals(note.sentenceEnd(s), windows.get(0)[1]);
    }
  }

  @Test
  void aLexiconReferenceAnchorsAtEveryTermOfTheLexicon(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lexicons"));
    Files.writeString(dir.resolve("lexicons/units.tsv"), "years\nmonths of age\n");
    RuleGate gate = gate(dir, "Age\tzzz|{lexicon:units}\t-\t1,1");
    Document doc = prepare("She is 3 MONTHS   of age. He was 57 years old. Theyears ago.");
    assertEquals("3 MONTHS   of age.", covered(doc, gate.windows(doc, 0).get(0)));
    assertEquals("57 years old", covered(doc, gate.windows(doc, 1).get(0)));
    assertTrue(gate.windows(doc, 2).isEmpty(), "a term inside a longer word is no anchor");
    RulesException e = assertThrows(RulesException.class, () -> gate(dir, "Age\t{lexicon:nonesuch}\t-\t1,1"));
    assertTrue(e.getMessage().contains("gates.tsv:1") && e.getMessage().contains("nonesuch"), e.getMessage());
  }

  @Test
  void aBadWindowNamesTheFileAndLine(@TempDir Path dir) {
    RulesException e = assertThrows(RulesException.class, () -> gate(dir, "Age\tyears\t-\tfive"));
    assertTrue(e.getMessage().contains("gates.tsv:1") && e.getMessage().contains("window"), e.getMessage());
  }
}
