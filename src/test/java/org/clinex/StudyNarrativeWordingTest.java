package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of done studies in narrative notes met in round seventeen (studies named but not taken in unlabeled
 * neurology and orthopedic notes), and the traps next to them. The texts are written for these tests.
 */
class StudyNarrativeWordingTest {
  private static List<String> studies(String text) {
    return found(text, EntityType.PRIOR_STUDY);
  }

  @Test
  void aStudyWithItsResultIsNotGuidance() {
    assertEquals(List.of("x-ray=XRAY"), studies("He presented with bruising of the arm with x-ray showing no fracture."));
    // Guidance of the procedure being done stays blocked.
    assertEquals(List.of(), studies("The needle was advanced with x-ray guidance and the block was performed."));
    assertEquals(List.of(), studies("The catheter was placed under ultrasound and the injection was given."));
  }

  @Test
  void theSecondOfTwoStudiesReviewed() {
    assertEquals(List.of("MRI=MRI", "HCT=CT"), studies("Upon review of the MRI and HCT the lesion was felt to be an old infarct."));
    assertEquals(List.of("MRI=MRI", "CT scan of the brain=CT"), studies("I reviewed the MRI and CT scan of the brain with him."));
  }

  @Test
  void resultsWordedAsJudgements() {
    assertEquals(List.of("CT scan=CT"), studies("CT scan was not conclusive, but the shuntogram shows no flow."));
    assertEquals(List.of("CT angiogram of the chest=CT"), studies("A CT angiogram of the chest ruled out pulmonary embolism."));
    assertEquals(List.of("Brain CT=CT"), studies("Brain CT was read as showing mild microvascular changes."));
    // A study that is not yet necessary is no result.
    assertEquals(List.of(), studies("A CT scan is not necessary at this time."));
  }

  @Test
  void whenAndHowTheStudyWasDone() {
    assertEquals(List.of("CT scan=CT"), studies("The CT scan from 2 weeks ago shows a mass."));
    assertEquals(List.of("MRI C-spine=MRI"), studies("MRI C-spine, 7/145/93, showed an area of increased T2 signal."));
    assertEquals(List.of("x-ray=XRAY"), studies("On x-ray, there is a small joint effusion."));
    assertEquals(List.of("ultrasound=ULTRASOUND"), studies("She got an ultrasound, and it was normal."));
    assertEquals(List.of("x-ray=XRAY"), studies("The tendon rupture was diagnosed both by exam as well as x-ray."));
    assertEquals(List.of("CT scan=2008-02-12,CT"),
        studies("On February 12, 2008 his family obtained this repeat CT scan to see whether the effusions improved."));
    // "get" and a sentence-inner "on" ask for the study.
    assertEquals(List.of(), studies("She will get an ultrasound next week, and we will decide on MRI afterwards."));
  }

  @Test
  void aRadiologyReportTitleNamesItsOwnStudies() {
    assertEquals(List.of("CT HEAD=CT", "CT CERVICAL SPINE=CT"),
        studies("CT HEAD WITHOUT CONTRAST AND CT CERVICAL SPINE WITHOUT CONTRAST,REASON FOR EXAM: , Motor vehicle collision."));
    assertEquals(List.of("CT HEAD=CT", "CT FACIAL BONES=CT", "CT CERVICAL SPINE=CT"),
        studies("CT HEAD WITHOUT CONTRAST, CT FACIAL BONES WITHOUT CONTRAST, AND CT CERVICAL SPINE WITHOUT CONTRAST,REASON FOR EXAM: , Fall."));
    // A title in capitals that names no study takes none.
    assertEquals(List.of(), studies("LUMBAR EPIDURAL STEROID INJECTION,INDICATION: , Low back pain."));
  }
}
