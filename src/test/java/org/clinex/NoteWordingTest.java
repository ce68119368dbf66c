package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings met in gold round seven (transcription samples drawn after the rules were written) and
 * in unlabeled notes read for performed studies. The texts are written for these tests.
 */
class NoteWordingTest {
  @Test
  void studiesWithTheirResultDateOrCompanion() {
    assertEquals(List.of("EEG=OTHER", "head CT=CT"),
        found("Her EEG and head CT were considered to be entirely normal.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Abdominal CT scanning=CT"), found("Abdominal CT scanning revealed a mass.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI brain/orbits=1995-10-20,MRI"),
        found("MRI brain/orbits with gadolinium, 10/20/95, revealed enhancement.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=1991-04,MRI"), found("The lesion has grown since the 4/91 MRI.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("X-rays=XRAY", "CT=CT"), found("X-rays as well as a CT showed a fracture.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CTA of the neck=2009-05,CT"),
        found("A CTA of the neck performed in May 2009 was normal.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("stress study=OTHER"),
        found("A myocardial stress study performed last year showed normal perfusion.", EntityType.PRIOR_STUDY));
  }

  @Test
  void studyDatesAndCodesAsSchemaReadsThem() {
    assertEquals(List.of("EMG and nerve conduction study=2008-12,EMG"),
        found("An EMG and nerve conduction study was done in December of 2008.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("nerve conduction and EMG test=EMG"),
        found("A nerve conduction and EMG test today showed a neuropathy.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("nerve conduction study=NCS"),
        found("A nerve conduction study today showed a neuropathy.", EntityType.PRIOR_STUDY));
  }

  @Test
  void studiesReadWithViewsOrNamedAsScanning() {
    assertEquals(List.of("lumbar spine x-ray series=XRAY"),
        found("A lumbar spine x-ray series, two views, was obtained.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT scan=CT"), found("It was noted by the radiologist when he read the CT scan.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRV=MRI"), found("MRV was negative.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("bone scanning=BONE_SCAN"), found("Uptake was identified in bone scanning.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of("November 2, 2007=2007-11-02"),
        found("She fell on November 2, 2007 at 9 a.m. while at work.", EntityType.INJURY_DATE));
    assertEquals(List.of(), found("She fell on November 2, 2007 at 9 a.m. while at home.", EntityType.INJURY_DATE));
  }

  /** Wordings written from clinical knowledge, none met in the corpus: a heading over its views, a reviewed study of "the patient's", a discogram's levels and result. */
  @Test
  void studyHeadingsOverTheirViewsReviewedStudiesAndDiscograms() {
    assertEquals(List.of("X-RAYS=XRAY"),
        found("X-RAYS: AP and lateral views of the right knee show no fracture.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("X-RAYS: AP and lateral views of the right knee were requested.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EKG=OTHER", "HCT=CT"), found("EKG: LBBB, HCT revealed a left subdural hematoma.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT myelogram=CT"), found("I reviewed the patient's CT myelogram.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Discogram=DISCOGRAM"), found("Discogram at L4-5 and L5-S1 was concordant.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("A discogram at L4-5 and L5-S1 is requested.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("There is no documentation of a prior MRI.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("There was no indication that a previous EMG was performed.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=2015,MRI"), found("There was no documentation of the MRI findings, although an MRI was done in 2015.",
        EntityType.PRIOR_STUDY));
  }

  @Test
  void awaitedResultsAreNoStudyButTheModalityCounts() {
    String text = "We will await the results of the gallium scan.";
    assertEquals(List.of(), found(text, EntityType.PRIOR_STUDY));
    assertEquals(List.of("gallium scan=OTHER"), found(text, EntityType.IMAGING_MODALITY));
    assertEquals(List.of("MR imaging=MRI"), found("A thoracic MR imaging was ordered.", EntityType.IMAGING_MODALITY));
  }

  @Test
  void injuryDatesAfterTheInjuredPartOrBeforeTheInjury() {
    assertEquals(List.of("March 3, 2009=2009-03-03"),
        found("He sustained a work injury to the left knee on March 3, 2009.", EntityType.INJURY_DATE));
    assertEquals(List.of("June 2, 2010=2010-06-02"),
        found("Is the tendinitis the result of his June 2, 2010, work injury?", EntityType.INJURY_DATE));
  }

  @Test
  void statusAndSeverityWordsStayOutside() {
    assertEquals(List.of("diabetes mellitus=", "hypertension="),
        found("History of uncontrolled diabetes mellitus and known hypertension.", EntityType.DIAGNOSIS));
    assertEquals(List.of("bilateral L5 radiculopathies="),
        found("IMPRESSION: Mild-to-moderate bilateral L5 radiculopathies.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("She rates her worst pain at 8/10 and her least pain at 2/10.", EntityType.DIAGNOSIS));
  }

  @Test
  void diagnosticContextsOfNotes() {
    assertEquals(List.of("Diabetic ketoacidosis="), found("REASON FOR ADMISSION: Diabetic ketoacidosis.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypothyroidism="), found("She is under the care of Dr. Smith for hypothyroidism.", EntityType.DIAGNOSIS));
    assertEquals(List.of("asthma=negated"), found("There is no known history of asthma.", EntityType.DIAGNOSIS));
  }

  @Test
  void diagnosisListsHeadingsAndTreatedConditionsOfNotes() {
    assertEquals(List.of("Lumbar spondylosis=", "Foreign body, left hand="),
        found("REASON FOR NEUROSURGICAL CONSULTATION: Lumbar spondylosis.\nPREOPERATIVE DIAGNOSIS: Foreign body, left hand.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("Recurrent stenosis, L2-L3, L3-L4, and L4-L5="),
        found("DIAGNOSES: Recurrent stenosis, L2-L3, L3-L4, and L4-L5.", EntityType.DIAGNOSIS));
    assertEquals(List.of("right L5 radiculopathy=", "spinal stenosis="),
        found("He has had intractable right L5 radiculopathy after two surgeries for spinal stenosis.", EntityType.DIAGNOSIS));
    assertEquals(List.of("diabetes=possible"), found("He thinks he has diabetes.", EntityType.DIAGNOSIS));
    // A numbered list's heading with a space before its comma (round nineteen: "IMPRESSION ,1.").
    assertEquals(List.of("Hypothyroidism=", "Subdural hematoma="),
        found("Wound site has healed well.,IMPRESSION ,1.  Hypothyroidism.,2.  Subdural hematoma.,PLAN: , Rehab.", EntityType.DIAGNOSIS));
  }

  @Test
  void diseasesNamedInAReviewOfSystems() {
    // Round nineteen: a system's label, "positive for" or another item names the patient's disease; a symptom there does not.
    assertEquals(List.of("Anxiety=", "depression=", "thyroid disorder="),
        found("HPI: Stable.\nREVIEW OF SYSTEMS: Psychiatric: Anxiety and depression. Endocrine is positive for a low libido and "
            + "thyroid disorder. Genitourinary: occasional stiffness.\nEXAM: normal.", EntityType.DIAGNOSIS));
    // After a bare "no" the system is reviewed, no disease named; a denial's own list stays negated.
    assertEquals(List.of("CAD=negated", "liver disease=negated"),
        found("HPI: Stable.\nROS: no history of CAD, renal or liver disease. He has no rashes, arthritis or arthralgias.\n"
            + "EXAM: normal.", EntityType.DIAGNOSIS));
    // "lack of energy" is a symptom, not a negation of the list it stands in.
    assertEquals(List.of("diabetes=", "hypothyroidism="),
        found("REVIEW OF SYSTEMS: Review of systems was pertinent for shortness of breath, lack of energy, diabetes, "
            + "hypothyroidism and joint pain.", EntityType.DIAGNOSIS));
  }

  @Test
  void problemListsVisitDiagnosesLatinNamesAndSocialDenials() {
    assertEquals(List.of("Essential tremor=", "torticollis="),
        found("REASON FOR CONSULT: Essential tremor and torticollis.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Headaches=", "vertigo="), found("PROBLEMS AND ISSUES:, 1. Headaches and vertigo.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("HISTORY OF PRESENTING PROBLEM: She had headaches and vertigo.", EntityType.DIAGNOSIS));
    assertEquals(List.of("back pain="), found("The visit diagnosis listed was back pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("multiple sclerosis="), found("After the MRI, he diagnosed multiple sclerosis.", EntityType.DIAGNOSIS));
    assertEquals(List.of("osteochondritis dissecans=", "polymyalgia rheumatica="),
        found("DIAGNOSES: Osteochondritis dissecans. Polymyalgia rheumatica.", EntityType.DIAGNOSIS).stream()
            .map(String::toLowerCase).toList());
    assertEquals(List.of("Organic brain syndrome=", "multiple myeloma="),
        found("REASON FOR CONSULT: Organic brain syndrome in the setting of multiple myeloma.", EntityType.DIAGNOSIS));
    String social = "SOCIAL HISTORY: No history of alcohol abuse or smoking. FAMILY HISTORY: No history of stroke in the family.";
    assertEquals(List.of("alcohol abuse=negated"), found(social, EntityType.DIAGNOSIS));
  }

  @Test
  void testsRisksAndUnnamedConditionsAreNoDiagnoses() {
    assertEquals(List.of(), found("He denies any HIV risk factors; his last HIV test was negative.", EntityType.DIAGNOSIS));
    assertEquals(List.of("migraine="), found("She has a history of migraine or other disorder.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypotension="), found("PAST MEDICAL HISTORY: Hypertension, now hypotension.", EntityType.DIAGNOSIS).subList(1, 2));
    assertEquals(List.of(), found("PAST SURGICAL HISTORY: Basal cell carcinoma resection on the nose.", EntityType.DIAGNOSIS));
  }

  @Test
  void deniedRedFlagsAndConditionsNamedInASurgeryAreNoDiagnoses() {
    assertEquals(List.of(), found("She denies any bowel or bladder dysfunction.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Back pain="),
        found("IMPRESSION: Back pain, status post lumbar stenosis surgery.", EntityType.DIAGNOSIS));
  }

  @Test
  void rightLeftPairsOfAMotorExaminationAreOneGradePerSide() {
    String exam = "NEUROLOGIC EXAM: Motor: Strength is reduced as follows: deltoids 4/4, biceps 4+/4-, "
        + "hamstrings 5-/5-, and hip extensors 5/4+. Reflexes: biceps 2+/2+, knees 2/2.";
    assertEquals(List.of("4=4", "4=4", "4+=4+", "4-=4-", "5-=5-", "5-=5-", "5=5", "4+=4+"), found(exam, EntityType.MOTOR_GRADE));
    // A grade over 5 stays one grade, and a pair outside a strength sentence is no grade.
    assertEquals(List.of("4+/5=4+"), found("MOTOR: Strength is 4+/5 in the deltoids.", EntityType.MOTOR_GRADE));
    assertEquals(List.of(), found("MOTOR: Reflexes are 2+/2+ at the biceps and 1/1 at the ankles.", EntityType.MOTOR_GRADE));
    assertEquals(List.of(), found("The pupils are 4/4 and brisk.", EntityType.MOTOR_GRADE));
  }

  @Test
  void agesAtPastEventsAndReflexGradesOutOfFive() {
    assertEquals(List.of(), found("Her seizures began at approximately age 14.", EntityType.AGE));
    assertEquals(List.of(), found("Examination reveals 2/5 reflexes at the knees.", EntityType.MOTOR_GRADE));
    assertEquals(List.of("4/5=4"), found("Strength is 4/5 in the deltoid.", EntityType.MOTOR_GRADE));
  }

  @Test
  void aReportsHeadingAndWhatAStudySuggested() {
    assertEquals(List.of("NERVE CONDUCTION TESTING AND EMG=EMG"),
        found("NERVE CONDUCTION TESTING AND EMG EVALUATION,1.  Right median sensory response is normal.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("NEEDLE EMG TESTING=EMG"), found("Velocity 60 m/sec.,NEEDLE EMG TESTING,1.  ,RIGHT BICEPS:,  No fibrillations.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("NERVE CONDUCTION STUDIES=NCS"), found("NERVE CONDUCTION STUDIES:,  Bilateral ulnar sensory responses are absent.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("LABORATORY STUDIES:, Normal. DIAGNOSTIC STUDIES:, None.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Nerve conduction screen=NCS"),
        found("IMPRESSION: , Nerve conduction screen demonstrates borderline median sensory slowing.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=MRI"), found("It was recognized the new MRI suggested recurrence of the tumor.", EntityType.PRIOR_STUDY));
    // A heading that asks for a study, and a new study suggested by someone, are no studies done.
    assertEquals(List.of(), found("REASON FOR MRI EXAMINATION: Back pain.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("A new MRI suggested by the surgeon is pending.", EntityType.PRIOR_STUDY));
  }

  @Test
  void namesHedgesAndStatementsOfRealNotes() {
    assertEquals(List.of("right frontal glioblastoma multiforme="),
        found("HX: This 52y/o RHF had a h/o right frontal glioblastoma multiforme (GBM).", EntityType.DIAGNOSIS));
    assertEquals(List.of("Acute on chronic back pain="), found("ASSESSMENT:,1.  Acute on chronic back pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("whiplash=", "concussion="), found("He indicates that a whiplash and a concussion were diagnosed.", EntityType.DIAGNOSIS));
    assertEquals(List.of("ulnar neuropathy=possible"), found("He felt the patient might have a slight ulnar neuropathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("bilateral carpal tunnel syndrome=possible"),
        found("IMPRESSION: There is borderline evidence of bilateral carpal tunnel syndrome.", EntityType.DIAGNOSIS));
    // What a study is showing is its reading.
    assertEquals(List.of(), found("He has neck pain, with MRI showing disk protrusions with associated cervical radiculopathy.", EntityType.DIAGNOSIS));
  }

  @Test
  void filmsThatCheckANeedleAreTheProceduresOwn() {
    assertEquals(List.of(), found("Needle localization was confirmed with AP and lateral radiographs.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("AP and lateral radiographs of the knee=2015-03-04,XRAY"),
        found("AP and lateral radiographs of the knee on 3/4/2015 showed arthritis.", EntityType.PRIOR_STUDY));
  }

  /** Round twenty: a progress note's SOAP assessment, a history qualified in parentheses, a plural impressions list. */
  @Test
  void soapAssessmentsAndQualifiedHeadings() {
    assertEquals(List.of("L knee medial meniscus tear=", "Chondromalacia of the medial femoral condyle="),
        found("S: Knee better.\nO: Mild effusion.\nA: 1. L knee medial meniscus tear, improving.\n2. Chondromalacia of the medial"
            + " femoral condyle, L knee.\nP: Osteoarthritis handout given.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("Obstructive sleep apnea=", "Type 2 diabetes mellitus="),
        found("PAST MEDICAL HISTORY (problem list):\n- Obstructive sleep apnea - on CPAP, stable.\n- Type 2 diabetes mellitus -"
            + " stable on metformin.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("Post-concussion syndrome=", "Cervical strain="),
        found("Her neurologist's note lists the following impressions: 1. Post-concussion syndrome. 2. Cervical strain.", EntityType.DIAGNOSIS));
  }

  /** A title-case label inside a records review's paragraph is narrative, not a heading whose section takes the rest. */
  @Test
  void aDiagnosisLabelInsideAParagraphOpensNoList() {
    assertEquals(List.of("strain of muscle, fascia and tendon of lower back="),
        found("RECORDS REVIEWED\n06/14/2021 - Company clinic. Lifting injury at work. Diagnosis: strain of muscle, fascia and tendon of"
            + " lower back. Modified duty, physical therapy.\n\n07/02/2021 - Physical therapy evaluation. Twelve visits authorized.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("Hypertension=", "Peripheral vascular disease="),
        found("HISTORY OF PRESENT ILLNESS: Knee pain.,Past Medical History:,Hypertension,Peripheral vascular disease", EntityType.DIAGNOSIS),
        "a transcription sample glues its headings into its one line");
  }

  @Test
  void aDepositionsAnswerIsNoSoapAssessment() {
    assertEquals(List.of(), found("Q: Did anything else happen at work?\nA: Nothing else. My arthritis handout is at home.\n",
        EntityType.DIAGNOSIS));
  }

  /** Round twenty-one. */
  @Test
  void aConditionThatAppearsToBeIsPossible() {
    assertEquals(List.of("metastatic bone lesion=possible", "pathological fracture="),
        found("IMPRESSION: This appears to be a metastatic bone lesion with pathological fracture.", EntityType.DIAGNOSIS),
        "ConText's \"with\" ends the hedge");
    assertEquals(List.of(), found("The patient appears to be in no acute distress.", EntityType.DIAGNOSIS));
  }

  @Test
  void gutSymptomsSkinSignsAndAnOperationsObject() {
    assertEquals(List.of(), found("REVIEW OF SYSTEMS: He denied nausea, vomiting, diarrhea, constipation, fever or chills.",
        EntityType.DIAGNOSIS));
    assertEquals(List.of("Postoperative constipation=", "Anemia="),
        found("DISCHARGE DIAGNOSES:,1.  Postoperative constipation.,2.  Anemia.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("The incision is clean with some mild hyperemia around the incision.", EntityType.DIAGNOSIS));
    assertEquals(List.of("right thumb foreign body=", "right thumb post-operative infection="),
        found("The diagnoses include right thumb foreign body, status post foreign body excision right thumb, and right thumb"
            + " post-operative infection.", EntityType.DIAGNOSIS));
  }

  @Test
  void strokesTraumaAndWhatAnInjuryIsDetailedAs() {
    assertEquals(List.of("Cerebrovascular accident="),
        found("ADMITTING DIAGNOSIS: , Cerebrovascular accident.,HISTORY: He is fine.", EntityType.DIAGNOSIS));
    assertEquals(List.of("multiple trauma="), found("The injured worker has had diagnoses of multiple trauma.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar strain="),
        found("The mechanism of injury is detailed as lumbar strain from lifting a patient.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("The mechanism of injury is detailed as cumulative trauma from keyboarding.", EntityType.DIAGNOSIS));
  }

  /** Round twenty-one, scratch heldout24: a condition that recurred or was excised, convulsions, ulceration. */
  @Test
  void aConditionThatRecurredOrWasExcisedConvulsionsAndUlceration() {
    assertEquals(List.of("left sphenoid wing meningioma="),
        found("The left sphenoid wing meningioma recurred and was excised 9/25/84.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("OPERATIVE PROCEDURE: The left sphenoid wing meningioma was removed piecemeal with the aspirator.",
        EntityType.DIAGNOSIS), "the operation's own narrative");
    assertEquals(List.of("Febrile convulsion="), found("PMH: ,Febrile convulsion at age 2 years.,MEDS: none", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("REVIEW OF SYSTEMS: , No recent history of night sweats, fevers, loss of consciousness, convulsion,"
        + " or dysphagia.", EntityType.DIAGNOSIS), "denied symptoms of a review of systems");
    assertEquals(List.of("ulceration="), found("The patient had developed ulceration plantarly after surgery.", EntityType.DIAGNOSIS));
  }

  /** Review of round twenty-one: the lexicon rows the tests above do not reach. */
  @Test
  void traumaAsADiagnosisAndAHedgeThatRepresents() {
    assertEquals(List.of("Blunt trauma to the distal right thumb=", "fracture=negated"),
        found("ASSESSMENT: Blunt trauma to the distal right thumb without fracture.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Polytrauma="), found("IMPRESSION: Polytrauma after a fall from a roof.", EntityType.DIAGNOSIS));
    assertEquals(List.of("ganglion cyst of the wrist=possible"),
        found("IMPRESSION: This appears to represent a ganglion cyst of the wrist.", EntityType.DIAGNOSIS));
  }
}
