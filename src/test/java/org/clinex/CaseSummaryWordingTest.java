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

  private static List<String> studies(String text) {
    return found("CLINICAL CASE SUMMARY\nThe expert reviewer developed the following clinical case summary:\n" + text, EntityType.PRIOR_STUDY);
  }

  private static List<String> inSummary(String text) {
    return dx("CLINICAL CASE SUMMARY\nThe expert reviewer developed the following clinical case summary:\n" + text);
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
  @Test
  void followedByAPhysicianForTreatedSinceForAndAnOperationOnADateFor() {
    assertEquals(List.of("hypertension=", "hypothyroidism="), dx("She is also followed by her internist for hypertension and hypothyroidism."));
    assertEquals(List.of("cervicogenic headaches="), dx("He continues to treat for cervicogenic headaches."));
    assertEquals(List.of("chronic hand eczema="), dx("She has been treated since 2015 for chronic hand eczema."));
    assertEquals(List.of("degenerative spondylolisthesis=", "lumbar spinal stenosis="),
        dx("He underwent an L4-5 fusion in March 2014 for degenerative spondylolisthesis with lumbar spinal stenosis."));
  }

  @Test
  void diagnosesPerAPhysicianAndAcceptedConditions() {
    assertEquals(List.of("lumbar facet syndrome=", "left S1 radiculopathy="),
        inSummary("She was injured at work. The current diagnoses per the pain management physician are lumbar facet syndrome and "
            + "left S1 radiculopathy."));
    assertEquals(List.of("cervical sprain/strain=", "bilateral shoulder impingement syndrome="),
        inSummary("The accepted orthopedic conditions are cervical sprain/strain and bilateral shoulder impingement syndrome."));
  }

  @Test
  void listingWordsAndEpisodeQualifiersAtTheEdgesOfAName() {
    assertEquals(List.of("left L5 radiculitis="), inSummary("The most recent report also lists left L5 radiculitis."));
    assertEquals(List.of("lumbar sprain=", "major depressive disorder, single episode="),
        inSummary("Diagnoses include lumbar sprain and major depressive disorder, single episode."));
    assertEquals(List.of("anxiety disorder, not otherwise specified="), inSummary("She was diagnosed with anxiety disorder, not otherwise specified."));
  }

  @Test
  void aSentenceOnThereIsCountsOnlyInALetter() {
    assertEquals(List.of("internal derangement of the knee="), inSummary("There is noted internal derangement of the knee."));
    // In a note "there is" reads the examination or the operation.
    assertEquals(List.of(), dx("On forward bending, there is a mild kyphosis."));
    // A film that indicated a fracture reports its finding.
    assertEquals(List.of(), inSummary("An x-ray of the left forearm indicated there was a fracture of the radius."));
  }
  @Test
  void whereAndWhenAStudyWasMadeStandsBetweenItsNameAndItsResult() {
    assertEquals(List.of("cervical MRI"), names(studies("A cervical MRI from the early treatment showed only mild degeneration.")));
    assertEquals(List.of("DEXA"), names(studies("Her DEXA last spring showed a lumbar T-score of -2.1.")));
    assertEquals(List.of("X-rays of the right shoulder"), names(studies("X-rays of the right shoulder from her first visit showed a type II acromion.")));
    assertEquals(List.of("EEG"), names(studies("A routine EEG afterward showed intermittent right frontal slowing.")));
    assertEquals(List.of("non-contrast CT of the head"),
        names(studies("This claimant had a non-contrast CT of the head in the emergency department on 09/04/2015.")));
    assertEquals(List.of("x-rays of the R knee"), names(studies("Post-op x-rays of the R knee on 03/03/2017 showed well-seated components.")));
    assertEquals(List.of(), studies("She will have x-rays of the right shoulder at her next visit."));
  }

  @Test
  void aStudyThatExcludedAConditionOrHasAlreadyShownOrWasUnchanged() {
    assertEquals(List.of("radiographs"), names(studies("Hardware failure has been excluded by the radiographs.")));
    assertEquals(List.of("plain films"), names(studies("The plain films have already shown the osteopenia.")));
    assertEquals(List.of("lumbar MRI"), names(studies("A repeat lumbar MRI on 04/07/2015 was unchanged.")));
    assertEquals(List.of(), studies("A repeat lumbar MRI is requested."));
  }

  @Test
  void viewsBeforeAStudyAndWhereItWasReviewedOrWhatItExcluded() {
    assertEquals(List.of("Flexion and extension x-rays"), names(studies("Flexion and extension x-rays on 12/06/2016 show lucency around the screw.")));
    assertEquals(List.of("triple-phase bone scan"), names(studies("A triple-phase bone scan in August 2015 already showed increased uptake.")));
    assertEquals(List.of("Right wrist radiographs"), names(studies("Right wrist radiographs from the day of injury showed neutral ulnar variance.")));
    assertEquals(List.of("standing radiographs"), names(studies("The standing radiographs reviewed at the consultation show 2 mm of joint space.")));
    assertEquals(List.of("CT"), names(studies("The fusion is solid, and hardware failure was excluded on that CT.")));
    assertEquals(List.of(), studies("Flexion and extension x-rays are requested."));
  }

  /** The names alone, without their attributes. */
  private static List<String> names(List<String> found) {
    return found.stream().map(f -> f.substring(0, f.indexOf('='))).toList();
  }
  @Test
  void comorbiditiesAnAssessmentOnADateAListAndIcdCodes() {
    assertEquals(List.of("morbid obesity=", "obstructive sleep apnea=", "hypertension="),
        inSummary("She was injured at work. Comorbidities: morbid obesity, obstructive sleep apnea and hypertension."));
    assertEquals(List.of("bilateral noise-induced sensorineural hearing loss="),
        inSummary("He was injured at work. The audiologist's assessment dated 02/06/2017 is bilateral noise-induced sensorineural hearing loss."));
    assertEquals(List.of("major depressive disorder="), inSummary("She was injured at work. The psychiatrist's note also lists major depressive disorder."));
    // The tokenizer splits an ICD-10 code after its letter.
    assertEquals(List.of("low back pain=", "lumbar disc displacement="),
        inSummary("She was injured at work. The list is M54.5 low back pain and M51.26 lumbar disc displacement."));
    assertEquals(List.of("Lateral epicondylitis, right elbow="), inSummary("She was injured at work. Lateral epicondylitis, right elbow (M77.11) is noted."));
  }

  @Test
  void ruledOutBySomeoneOrSomethingIsNegated() {
    assertEquals(List.of("bipolar disorder=negated"), dx("The psychiatrist considered and ruled out bipolar disorder."));
    assertEquals(List.of("deep vein thrombosis=negated"), dx("A venous duplex was done, which ruled out deep vein thrombosis."));
  }

  @Test
  void examplesAnInventoryAndAGanglionAreNoConditions() {
    assertEquals(List.of(), found("IMR ISSUES, DECISIONS AND RATIONALES\nDecision rationale: Imaging is indicated for red flags "
        + "(e.g., tumor, infection, fracture).", EntityType.DIAGNOSIS));
    assertEquals(List.of(), dx("Her Beck Depression Inventory score was 31."));
    assertEquals(List.of(), dx("She has undergone three right stellate ganglion blocks."));
  }

  /** The headings of letters of 2013-2014, whose case summary follows the preamble under another name (round twenty). */
  private static final String OLD_LETTER = """
      HOW THE IMR FINAL DETERMINATION WAS MADE
      MAXIMUS Federal Services, Inc. sent the complete case file to an expert reviewer, who treats the medical condition.
      Expert Reviewer Case Summary:
      The expert Reviewer developed the following clinical case summary based on a review of the case file:
      Her left carpal tunnel syndrome was managed conservatively. She has type 2 diabetes mellitus, diet controlled.
      IMR ISSUES, DECISIONS AND RATIONALES
      1. Repeat EMG/NCV of the bilateral upper extremities is not medically necessary and appropriate.
      Guidelines Used by the Claims Administrator in the Utilization Review Decision:
      The Claims Administrator based its decision on the ACOEM Practice Guidelines, Chapter 11.
      Rationale for the Decision:
      Her diabetes is diet controlled, and there are no findings of a peripheral neuropathy.
      """;

  @Test
  void theCaseSummaryAndRationaleOfAnOlderLetter() {
    assertEquals(List.of("left carpal tunnel syndrome=", "type 2 diabetes mellitus=", "diabetes=", "peripheral neuropathy=negated"),
        dx(OLD_LETTER));
  }

  @Test
  void aNumberedListOfDiagnosesOneItemALineOrNumberedInParentheses() {
    assertEquals(List.of("Recurrent rotator cuff tear, right shoulder=", "Hypothyroidism="),
        dx("The assessment was:\n1. Recurrent rotator cuff tear, right shoulder\n2. Hypothyroidism, non-industrial\n"));
    assertEquals(List.of("Lumbar post-laminectomy syndrome=", "Chronic pain syndrome=", "Left L5 radiculopathy="),
        dx("Diagnoses listed by the physician. (1) Lumbar post-laminectomy syndrome. (2) Chronic pain syndrome. (3) Left L5"
            + " radiculopathy, residual."));
  }
}
