package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings met in round seventeen: done studies in narrative notes (studies named but not taken in unlabeled neurology
 * and orthopedic notes, and the errors of eval/scratch/notes24), the readings of studies that are no diagnoses, and the
 * traps next to them. The texts are written for these tests.
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
    assertEquals(List.of("CT scan=CT", "shuntogram=OTHER"), studies("CT scan was not conclusive, but the shuntogram shows no flow."));
    assertEquals(List.of("CT angiogram of the chest=CT"), studies("A CT angiogram of the chest ruled out pulmonary embolism."));
    assertEquals(List.of("Brain CT=CT"), studies("Brain CT was read as showing mild microvascular changes."));
    // A repeat study said to look better was done (round eighteen); one said to be needed is asked for.
    assertEquals(List.of("MRI scan of the brain=MRI"), studies("A repeat MRI scan of the brain was said to \"look better\"."));
    assertEquals(List.of(), studies("A repeat MRI scan of the brain is said to be needed."));
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

  @Test
  void studyNamesOfNeurologyCaseHistories() {
    assertEquals(List.of("Transthoracic echocardiogram=ULTRASOUND"),
        studies("Transthoracic echocardiogram (TTE) showed an intraatrial septal aneurysm."));
    assertEquals(List.of("MRI (magnetic resonance imaging) of the cervical spine=MRI"),
        studies("MRI (magnetic resonance imaging) of the cervical spine showed a disc bulge."));
    assertEquals(List.of("3 vessel cerebral angiogram=1992-12-29,OTHER"),
        studies("The patient underwent 3 vessel cerebral angiogram on 12/29/92."));
    assertEquals(List.of("Abdominal-Pelvic CT scan=CT", "CXR=XRAY", "Mammogram=XRAY"),
        studies("Abdominal-Pelvic CT scan, CXR, Mammogram, and PPD were unremarkable."));
    assertEquals(List.of("MRI scan=MRI"), studies("The patient underwent a planning MRI scan with Stealth protocol."));
    assertEquals(List.of("Goldman visual field examination=OTHER"),
        studies("Goldman visual field examination showed an enlarged blind spot."));
    // Visual fields tested at the bedside belong to the examination.
    assertEquals(List.of(), studies("Confrontational visual field testing revealed a left homonymous hemianopsia."));
  }

  @Test
  void aMonthAndYearThatAWordOfTimeIntroduces() {
    assertEquals(List.of("HCT=1990-12,CT"), studies("She subsequently underwent HCT in early 12/90 which revealed a mass."));
    assertEquals(List.of("MRI=1991-11,MRI", "PET Scan=1991-11,PET"),
        studies("XRT was deferred until 11/91 when an MRI and PET Scan suggested extension of the tumor."));
    // A score's shape is no date, whatever word comes before it.
    assertEquals(List.of("MRI=MRI"), studies("Her pain has been 6/10 since 6/10 when the MRI showed a tear."));
  }

  @Test
  void whatAStudysFindingsAreConsistentWithIsItsReading() {
    assertEquals(List.of(), found("The MRI findings are most consistent with glioblastoma.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("These findings were felt most suggestive of glioma.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("His MRI scan raises the question of hydrocephalus.", EntityType.DIAGNOSIS));
    // Findings of the examination or of a consultant's reading of the labs are a diagnosis.
    assertEquals(List.of("acute medial meniscal tear=possible"),
        found("Physical findings were suggestive of an acute medial meniscal tear.", EntityType.DIAGNOSIS));
    assertEquals(List.of("anemia of chronic disease="),
        found("Hematology felt the findings were compatible with anemia of chronic disease.", EntityType.DIAGNOSIS));
  }

  @Test
  void pastHistoryItemsOfNeurologyNotes() {
    assertEquals(List.of("HTN=", "A-Fib=", "colonic polyps="),
        found("PMH:, 1)HTN. 2)A-Fib on coumadin. 3)colonic polyps.", EntityType.DIAGNOSIS));
    assertEquals(List.of("senile chorea=", "dementia="),
        found("He was given a diagnosis of senile chorea and dementia.", EntityType.DIAGNOSIS));
    assertEquals(List.of("microcephaly="), found("He has microcephaly.", EntityType.DIAGNOSIS));
    // "on" takes a site after a condition, not its drug.
    assertEquals(List.of("breakthrough seizure="), found("She did have a breakthrough seizure on Keppra.", EntityType.DIAGNOSIS));
  }

  @Test
  void inlineNumberedListsAndPossessives() {
    assertEquals(List.of("lumbar radiculopathy=", "cervical sprain=", "carpal tunnel syndrome="),
        found("The diagnoses listed are: 1. lumbar radiculopathy; 2. cervical sprain; 3. carpal tunnel syndrome.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Right shoulder adhesive capsulitis=", "Cervical sprain/strain="),
        found("Diagnoses per the PR-2 of 03/15/2016: 1. Right shoulder adhesive capsulitis, postoperative. 2. Cervical sprain/strain.",
            EntityType.DIAGNOSIS));
    // A possessive is outside the name; an eponym's is inside it.
    assertEquals(List.of("hypertension="), found("He is treated for this man's hypertension.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypertension=", "diabetes="),
        found("The accepted conditions are the worker's hypertension and diabetes.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Parkinson's disease=", "Ménière's disease="),
        found("He has a history of Parkinson's disease and Ménière's disease.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypertension=", "hypercholesterolemia=", "diabetes="),
        found("He has had hypertension since 1985, hypercholesterolemia since 1997, and diabetes since 1998.", EntityType.DIAGNOSIS));
  }

  @Test
  void studiesInListsOfCare() {
    assertEquals(List.of("x-rays=XRAY", "MRI=MRI"), studies("He has had physical therapy, injections, x-rays and an MRI."));
    assertEquals(List.of("x-rays=XRAY", "MRI=MRI"), studies("She was evaluated with x-rays and an MRI."));
    assertEquals(List.of("x-rays of the knee=XRAY", "MRI=MRI"), studies("Workup at that time included x-rays of the knee and an MRI."));
    assertEquals(List.of("X-rays=XRAY", "MRI=MRI", "CT scan=CT"), studies("X-rays, MRI and CT scan have all been negative."));
    // What the patient was told to get, or whether there was any, is no done study.
    assertEquals(List.of(), studies("He has had pain and was told to get an MRI."));
    assertEquals(List.of(), studies("There is no documentation that the patient has had any previous surgeries or MRIs."));
  }

  @Test
  void otherStudiesOfCaseHistories() {
    assertEquals(List.of("UGI=1992-11-25,OTHER"), studies("PMH: 9)h/o heme positive stool: BE 11/24/92 and UGI 11/25/92 negative."));
    assertEquals(List.of("MUGA scan=OTHER"), studies("MUGA scan showed an ejection fraction of 45 percent."));
    assertEquals(List.of("FDG-PET scan=1997-02-14,PET", "barium enema=OTHER"),
        studies("An FDG-PET scan on 2/14/97 revealed decreased uptake. A barium enema was negative."));
  }

  @Test
  void historyNamesAndSectionEnds() {
    // A study's numbered findings after its colon are its reading, however long the list.
    assertEquals(List.of(), found("2/28/95 brain MRI revealed: 1)a small subdural hematoma, 2) edema, 3) signal consistent with "
        + "ischemia, 4) small parenchymal hemorrhage in the inferior anterior right temporal lobe.", EntityType.DIAGNOSIS));
    // An operation is no kind of the condition after it.
    assertEquals(List.of("colonic benign polyps="),
        found("Status post hysterectomy with bilateral salpingo-oophorectomy, colonic benign polyps status post resection.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("tension type headaches="),
        found("She was initially treated with Parafon-forte for tension type headaches.", EntityType.DIAGNOSIS));
    // "ROS:" ends the family and social history: what follows is the patient's.
    assertEquals(List.of("cancer=negated"),
        found("FHX/SHX: Mother died of a stroke. ROS: Unremarkable. No history of cancer.", EntityType.DIAGNOSIS));
  }
}
