package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings met in round eighteen (the errors of eval/scratch/notes30, pain-management and orthopedic notes, and of dev):
 * what a diagnosis list names that is no condition, what `without` leaves out of a condition, the risks a consent lists,
 * what films confirmed, and conditions the patient is said not to have. The texts are written for these tests.
 */
class ProcedureListWordingTest {
  private static List<String> diagnoses(String text) {
    return found(text, EntityType.DIAGNOSIS);
  }

  @Test
  void anArthroplastyInADiagnosisListIsAnOperationUnlessItSaysWhatIsWrong() {
    assertEquals(List.of("Torn subscapularis tendon, right shoulder="),
        diagnoses("PREOPERATIVE DIAGNOSIS:  ,1.  Torn subscapularis tendon, right shoulder.,2.  Right total shoulder arthroplasty.,"
            + "PROCEDURE PERFORMED: , Repair."));
    assertEquals(List.of("Right failed total knee arthroplasty="),
        diagnoses("PREOPERATIVE DIAGNOSIS: , Right failed total knee arthroplasty.,PROCEDURE PERFORMED: , Revision."));
    assertEquals(List.of("Septic left total knee arthroplasty="),
        diagnoses("PREOPERATIVE DIAGNOSIS: , Septic left total knee arthroplasty.,OPERATION PERFORMED: , Irrigation."));
  }

  @Test
  void whatFollowsWithoutMentionOfInAConditionIsNegatedAndApart() {
    // The ICD wording (ExtractorTrapsTest has the narrative one).
    assertEquals(List.of("Inguinal hernia=", "obstruction=negated", "Lumbar strain="),
        diagnoses("Diagnoses: 1. Inguinal hernia without mention of obstruction. 2. Lumbar strain."));
  }

  @Test
  void theRisksOfAnOperationAreNoConditions() {
    // A consent's list, across semicolons and past the 24 words a condition's window reaches back.
    assertEquals(List.of(), diagnoses("Risks of surgery include risk of anesthesia; infection; bleeding; changes in sensation in most of"
        + " extremity; hardware failure; need for later hardware removal; possible nonunion; possible failure to correct all the"
        + " deformity; and need for other surgical procedures."));
    assertEquals(List.of("tibial plateau fracture="),
        diagnoses("He has a tibial plateau fracture. The risks of surgery include infection, bleeding, changes in sensation and"
            + " motion of the extremity, failure to relieve pain, possible need for other surgical procedures, and possible early arthritis."));
  }

  @Test
  void whatFilmsConfirmedIsTheirReading() {
    assertEquals(List.of(), diagnoses("Radiographs confirmed comminuted tibial tubercle avulsion fracture with patella alta."));
    assertEquals(List.of(), diagnoses("The postoperative films demonstrated no fracture, no retained hardware."));
    // A diagnosis made before and confirmed stays, and so does what lies past the phrase a study confirmed (in a note,
    // what the examination is consistent with is present).
    assertEquals(List.of("re-tear of the rotator cuff="),
        diagnoses("An MRI was obtained, which confirmed the clinical diagnosis of re-tear of the rotator cuff."));
    assertEquals(List.of("radiculopathy=", "myelopathy="),
        diagnoses("His MRI confirmed significant neurologic compression in the cervical spine, combined with a clinical exam"
            + " consistent with radiculopathy, myelopathy, and weakness."));
  }

  @Test
  void aDiseaseThePatientIsSaidNotToHave() {
    assertEquals(List.of("seizures=negated"), diagnoses("She reports no seizures in the past several years."));
    assertEquals(List.of("seizure disorder=negated"), diagnoses("The patient fell at work. No seizure disorder was noted."));
    // A sign the examination did not find, and what a film or an operation did not find, stay out.
    assertEquals(List.of(), diagnoses("The patient fell at work. No edema was noted."));
    assertEquals(List.of(), diagnoses("Dr. X took x-rays two weeks ago, and no fractures were found at that time."));
    assertEquals(List.of(), diagnoses("At the termination of the procedure, no significant contusion of the brain was identified."));
  }
}
