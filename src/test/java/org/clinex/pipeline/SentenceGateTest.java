package org.clinex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.clinex.EntityType;
import org.junit.jupiter.api.Test;

/** The bundled sentence gates admit the sentences their rules need and skip the rest. */
class SentenceGateTest {
  private static final ModelSource MODELS = ModelSource.classpath();

  @Test
  void gatesAdmitTriggerSentencesAndSkipOthers() {
    Pipeline pipeline = new Pipeline(MODELS, EnumSet.of(EntityType.AGE));
    Map<EntityType, SentenceGate> gates = SentenceGate.load(MODELS);
    Document doc = pipeline.prepare("He is a 57 year old man. The request is not medically necessary. Strength was 4+/5.");
    assertEquals(3, doc.sentenceCount());
    assertTrue(gates.get(EntityType.AGE).admits(doc, 0));
    assertFalse(gates.get(EntityType.AGE).admits(doc, 1), "no age words: the Age rules never see it");
    assertFalse(gates.get(EntityType.AGE).admits(doc, 2));
    assertTrue(gates.get(EntityType.MOTOR_GRADE).admits(doc, 2));
    assertFalse(gates.get(EntityType.MOTOR_GRADE).admits(doc, 1));
  }

  @Test
  void aSectionAdmitsEverySentenceInIt() {
    Pipeline pipeline = new Pipeline(MODELS, EnumSet.of(EntityType.DIAGNOSIS));
    Document doc = pipeline.prepare("IMPRESSION:,  Left hip fracture. Anemia.");
    SentenceGate diagnosis = SentenceGate.load(MODELS).get(EntityType.DIAGNOSIS);
    for (int s = 0; s < doc.sentenceCount(); s++) {
      assertTrue(diagnosis.admits(doc, s), "sentence " + s + " lies in the DIAGNOSES section");
    }
  }
}
