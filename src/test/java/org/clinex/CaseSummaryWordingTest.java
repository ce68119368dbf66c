package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Narrative wordings of an IMR case summary or a note's history, written the way clinicians write rather
 * than copied from a letter (RationaleWordingTest explains why), each with its trap.
 */
class CaseSummaryWordingTest {
  private static List<String> dx(String text) {
    return found(text, EntityType.DIAGNOSIS);
  }

  @Test
  void anInjuryResultingInAConditionWithItsSite() {
    assertEquals(List.of("fracture of the left distal radius="),
        dx("She reported an industrial injury on 01-05-2014, resulting in a fracture of the left distal radius."));
  }

  @Test
  void experiencingADiseaseNotASymptom() {
    assertEquals(List.of("depression=", "anxiety="), dx("She has been experiencing depression and anxiety since the injury."));
    assertEquals(List.of(), dx("She has been experiencing neck pain and headaches since the injury."));
  }

  @Test
  void aDiseaseNamedAfterThePainItCauses() {
    assertEquals(List.of("adhesive capsulitis="), dx("The physician noted that she had chronic right shoulder pain with adhesive capsulitis."));
  }

  @Test
  void anImpressionStatedInASentence() {
    assertEquals(List.of("cervical spondylosis=", "myelopathy="), dx("The treating physician's impression was cervical spondylosis with myelopathy."));
  }

  @Test
  void aMedicalHistorySignificantForConditionsNotAFamilyHistory() {
    assertEquals(List.of("asthma=", "obesity=", "sleep apnea="), dx("Her medical history is significant for asthma, obesity and sleep apnea."));
    assertEquals(List.of(), dx("His family medical history is significant for diabetes and hypertension."));
  }

  @Test
  void conjunctionsBeforeAConditionStayOutsideItsName() {
    assertEquals(List.of("toxoplasmosis=possible"), dx("IMPRESSION: Consistent with lymphoma, though toxoplasmosis cannot be excluded.").subList(1, 2));
    assertEquals(List.of("radiation injury=possible", "metastasis=possible"), dx("His weakness could be due to either radiation injury or metastasis."));
  }

  @Test
  void seenForADiseaseAndSyndromesNamedAfterASurgery() {
    assertEquals(List.of("right knee osteoarthritis="), dx("He was seen for right knee osteoarthritis and received a cortisone injection."));
    assertEquals(List.of(), dx("He was seen for complaints of low back pain."));
    assertEquals(List.of("failed back surgery syndrome="),
        dx("He has a history of two prior lumbar surgeries with failed back surgery syndrome."));
  }
}
