package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each entity type on short texts, with the traps that separate an extractor from a regex. The
 * texts are written for these tests (not copied from the gold set).
 */
class ExtractorTrapsTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Traps.extractor();
  }

  @Test
  void agesOfThePatientButNotCriteriaOrOtherPeople() {
    assertEquals(List.of("57 year old=57"), found("The claimant is a 57 year old male.", EntityType.AGE));
    assertEquals(List.of("60-year-old=60"), found("A 60-year-old woman.", EntityType.AGE));
    assertEquals(List.of("57 years of age=57"), found("He is 57 years of age.", EntityType.AGE));
    assertEquals(List.of("57 y/o=57"), found("57 y/o male", EntityType.AGE));
    assertEquals(List.of("age: 57=57"), found("Patient age: 57.", EntityType.AGE));
    assertEquals(List.of("18-month-old=1.5"), found("An 18-month-old boy.", EntityType.AGE));
    assertEquals(List.of(), found("Imaging is indicated for patients over age 50.", EntityType.AGE));
    assertEquals(List.of(), found("It is rare in those under 40 years of age.", EntityType.AGE));
    assertEquals(List.of(), found("He lives with his 5-year-old son.", EntityType.AGE));
    assertEquals(List.of(), found("She has a 10-year history of pain.", EntityType.AGE));
    assertEquals(List.of(), found("He broke his arm at age 12.", EntityType.AGE));
    assertEquals(List.of(), found("The patient is a xx-year-old male.", EntityType.AGE));
  }

  @Test
  void injuryDatesButNotOtherEvents() {
    assertEquals(List.of("9/29/11=2011-09-29"),
        found("He sustained a work injury on 9/29/11 and had surgery on 3/1/12.", EntityType.INJURY_DATE));
    assertEquals(List.of("October 10, 2015=2015-10-10"),
        found("Chronic pain associated with an industrial injury of October 10, 2015. Seen on October 28, 2016.", EntityType.INJURY_DATE));
    assertEquals(List.of("10-302016=2016-10-30"), found("Date of injury: 10-302016", EntityType.INJURY_DATE));
    assertEquals(List.of("10/13/2016=2016-10-13"), found("DOI 10/13/2016. UR dated 11/1/2016 denied the MRI.", EntityType.INJURY_DATE));
    assertEquals(List.of(), found("Utilization review dated 10-1-15 non-certified the request.", EntityType.INJURY_DATE));
    assertEquals(List.of("06/01/2014=2014-06-01", "06/01/2017=2017-06-01"),
        found("Dates of Injury: CT 06/01/2014 to 06/01/2017", EntityType.INJURY_DATE), "a cumulative trauma's two ends");
    assertEquals(List.of("03/2020=2020-03", "03/2023=2023-03"), found("DOI: CT 03/2020 - 03/2023", EntityType.INJURY_DATE));
  }

  @Test
  void headerTableValueUnderDateOfInjury() {
    String header = "Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0000001\n11/18/2016\n12/19/2016\nStandard\n\n"
        + "Date of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n10/10/2016\n11/09/2016\n11/14/2016\n\nHOW THE IMR FINAL DETERMINATION WAS MADE\n";
    List<Mention> dates = extractor.extract(header).ofType(EntityType.INJURY_DATE);
    assertEquals(1, dates.size());
    assertEquals("10/10/2016", dates.get(0).text());
    assertEquals(header.indexOf("10/10/2016"), dates.get(0).start(), "offsets index the original text");
    assertEquals("injury_date.header_table", dates.get(0).rule());

    String doubleSpaced = header.replace("\n", " \n\n");
    List<Mention> fromDoubleSpaced = extractor.extract(doubleSpaced).ofType(EntityType.INJURY_DATE);
    assertEquals(1, fromDoubleSpaced.size(), "the seeds' layout: a blank line after every line");
    assertEquals(doubleSpaced.indexOf("10/10/2016"), fromDoubleSpaced.get(0).start());
  }

  @Test
  void motorGradesButNotPainReflexesDatesOrSignCounts() {
    assertEquals(List.of("4+/5=4+", "5-/5=5-", "5 out of 5=5"),
        found("Strength was 4+/5 in the deltoid, 5-/5 in the biceps and 5 out of 5 in the triceps.", EntityType.MOTOR_GRADE));
    assertEquals(List.of(), found("Pain is 6/10. Reflexes 2/4 and 2+ bilaterally. Seen 1/5/17. He had 3/5 Waddell signs.", EntityType.MOTOR_GRADE));
  }

  @Test
  void imagingModalitiesButNotTherapeuticUltrasoundOrCumulativeTrauma() {
    assertEquals(List.of("MRI=MRI", "CT scan=CT", "x-rays=XRAY", "MR arthrogram=MRI", "CT myelogram=CT"),
        found("An MRI, a CT scan and x-rays were reviewed; an MR arthrogram and a CT myelogram were requested.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("Physical therapy included massage, ultrasound and electrical stimulation.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("She filed a CT claim for 1/1/2010 to 1/1/2015.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("Date of Injury: CT 01/01/2019 through 06/14/2021", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("Imaging studies and special studies are not needed.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of("x-\n\n\frays=XRAY", "CT scan=CT"),
        found("The requests for lumbar spine x-\n\n\frays, and CT scan of the cervical spine were denied.", EntityType.IMAGING_MODALITY),
        "a word broken at its hyphen by a page end (pdftotext writes a form feed)");
  }

  @Test
  void cumulativeTraumaIsNoPriorStudy() {
    assertEquals(List.of(), found("Date of Injury: CT 01/01/2019 through 06/14/2021\nDOI: CT 03/2020 - 03/2023", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT of the head=2020-01-05,CT"), found("CT of the head 01/05/2020 was normal.", EntityType.PRIOR_STUDY));
  }

  @Test
  void performedStudiesButNotRequestedOnes() {
    List<Mention> studies = extractor.extract(
        "The patient had CT of the neck on 12/27/2012 which showed solid fusion. The request for an MRI of the lumbar spine is not medically necessary.")
        .ofType(EntityType.PRIOR_STUDY);
    assertEquals(1, studies.size());
    assertEquals("CT of the neck", studies.get(0).text());
    assertEquals(Map.of("Modality", "CT", "Date", "2012-12-27"), studies.get(0).attributes());
    assertEquals(List.of(), found("An MRI of the cervical spine was requested and denied.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EMG/NCV of the bilateral upper extremities=EMG"),
        found("EMG/NCV of the bilateral upper extremities revealed carpal tunnel syndrome.", EntityType.PRIOR_STUDY));
  }

  @Test
  void performedStudiesInListsAndResultsButNotCriteriaOrPlans() {
    assertEquals(List.of("xrays=XRAY", "MRI of the lumbar spine=MRI", "EMG/NCV=EMG"),
        found("Treatment to date has included medications, xrays, an MRI of the lumbar spine, physical therapy and EMG/NCV.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The treatment plan included an MRI of the lumbar spine and x-rays.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("Treatment to date has included physical therapy, ultrasound and massage.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EKG=OTHER", "CXR=XRAY", "CT scan=CT"),
        found("CBC, EKG, CXR and a CT scan were unremarkable.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-ray of the left forearm=XRAY"), found("An x-ray of the left forearm indicated a fracture.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT of the brain, neck and chest=CT"), found("CT of the brain, neck and chest showed no fractures.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=MRI"), found("There was no lesion per the MRI.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("An MRI is indicated in patients over age 40 with normal plain radiographs.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("Often x-rays can show changes after an injury.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("A bone scan is recommended if plain films are nondiagnostic.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The external rotation stress test was positive.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("No MRI or x-rays were performed.", EntityType.PRIOR_STUDY));
  }

  @Test
  void performedStudiesAsClinicalNotesWriteThem() {
    assertEquals(List.of("MRI Brain=1995-08-08,MRI"), found("COURSE: MRI Brain, 8/8/95, revealed slight improvement of the white matter changes.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("HCT=CT"), found("HCT at that time showed a small area of increased attenuation.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CXR=XRAY", "EKG=OTHER"), found("LABS: CBC WNL, CXR unremarkable, EKG: LBBB.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("cerebral angiogram=1993-02-03,OTHER"),
        found("The patient underwent a cerebral angiogram on 2/3/93 which revealed narrowing of the left vertebral artery.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MR myelogram=MRI"), found("He also had an MR myelogram, which showed severe stenosis at L3-L4.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI of the lumbar spine=MRI"), found("An MRI of the lumbar spine has demonstrated a mass in the left L3 foramen.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("HCT scan=1981,CT"), found("He underwent his first HCT scan in 1981, and this revealed a cyst.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("lumbar spine MRI=2007-11-15,MRI"),
        found("The patient brings in lumbar spine MRI for 11/15/2007, which demonstrates degenerative disc disease.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-ray of the whole spine=XRAY"), found("An x-ray of the whole spine was obtained in the emergency room.", EntityType.PRIOR_STUDY));
  }

  @Test
  void performedStudiesWithQualifiersRepeatsAndPlans() {
    assertEquals(List.of("HCT=1993-01-19,CT"), found("HCT with contrast on 1/19/93 revealed a gyriform enhancing lesion.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("HCT=CT"), found("A HCT there demonstrated a subarachnoid hemorrhage.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Radiographs of his ankle=XRAY"),
        found("Radiographs of his ankle again show changes along the talonavicular joint.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI T-L-spine=1997-05-12,MRI"), found("MRI T-L-spine, 5/12/97 revealed an intradural lesion.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI of the thoracic and lumbosacral spines=MRI"),
        found("The MRI of the thoracic and lumbosacral spines did not reveal any significant abnormalities.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT scan=CT"), found("A CT scan has shown some healing of this fracture.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT Brain=CT"), found("The patient underwent emergent CT Brain.", EntityType.PRIOR_STUDY));
    // A word that usually asks for a study, where the study was done.
    assertEquals(List.of("MRI=MRI"), found("She had a repeat MRI performed, which confirmed a re-tear of the rotator cuff.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT=2009-08-10,CT"), found("Followup CT on 08/10/2009 showed no significant interval change.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT of his L-spine=CT"),
        found("An outside physician ordered a CT of his L-spine that reportedly showed lumbar stenosis.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("I have recommended a repeat MRI scan of the brain.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("She ordered an MRI of the cervical spine.", EntityType.PRIOR_STUDY));
    // A plan refers back to studies done; what it awaits is not done.
    assertEquals(List.of("EKG=OTHER"),
        found("PLAN: We went ahead and obtained an EKG in the office today, which demonstrated normal sinus rhythm.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("PLAN: She will follow up as soon as the MRI is performed.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("PLAN: We will obtain x-rays of both knees.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("A needle was placed and another cross table lateral x-ray of the C spine was taken.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("A needle was placed into a disc and an x-ray was done to determine its location.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("I would not delay discharge to wait on the EEG results.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT scan=CT"), found("He was seen with a headache and found to have a mass on CT scan.", EntityType.PRIOR_STUDY));
    // A study report's TECHNIQUE section tells how its own study was done.
    assertEquals(List.of("CT examination of the head=CT"),
        found("INDICATIONS: , Assaulted.,TECHNIQUE: , CT examination of the head was performed without intravenous contrast.", EntityType.PRIOR_STUDY));
  }

  @Test
  void studyReportsNameTheirStudyButHeadingsAndOperativeImagingAreNotStudies() {
    assertEquals(List.of("MRI LEFT SHOULDER=MRI"), found("EXAM: MRI LEFT SHOULDER CLINICAL: Shoulder pain.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI OF THE RIGHT ANKLE=MRI"), found("EXAM: MRI OF THE RIGHT ANKLE CLINICAL: Pain.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("radiographs=2005-10-13,XRAY"), found("FINDINGS: Comparison is made with 10/13/05 radiographs.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("REASON FOR CT SCAN: The patient has adult hydrocephalus.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("CT of the abdomen and pelvis=CT"),
        found("EXAM: , CT of the abdomen and pelvis without contrast.,HISTORY: , Lower abdominal pain.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("Several image intensification x-rays were taken at the conclusion of the case.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The X-rays: AP/lat/flex/ext is not medically necessary.", EntityType.PRIOR_STUDY));
  }

  @Test
  void diagnosesWithAssertions() {
    List<Mention> dx = extractor.extract(
        "He was diagnosed with a herniated nucleus pulposus of the cervical spine, lumbar degenerative disk disease and spinal stenosis.")
        .ofType(EntityType.DIAGNOSIS);
    assertEquals(List.of("herniated nucleus pulposus of the cervical spine", "lumbar degenerative disk disease", "spinal stenosis"),
        dx.stream().map(Mention::text).toList());
    assertTrue(dx.stream().allMatch(m -> m.attributes().isEmpty()), "present is the default");
    assertEquals(List.of("lumbar radiculopathy=possible"), found("MRI to rule out lumbar radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("diabetes=negated"), found("She denies any history of diabetes.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar and cervical muscle strain="),
        found("He is undergoing treatment for lumbar and cervical muscle strain.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Patients with radiculopathy may benefit from an epidural injection.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("He complains of neck pain and numbness.", EntityType.DIAGNOSIS));
  }

  /** The context a trigger opens runs to the sentence end; a second trigger inside it adds nothing and loses nothing. */
  @Test
  void diagnosticContextRunsToTheSentenceEndAcrossASecondTrigger() {
    assertEquals(List.of("lumbar strain", "hypertension"),
        extractor.extract("He was diagnosed with lumbar strain and has a history of hypertension. Hypertension is common in workers.")
            .ofType(EntityType.DIAGNOSIS).stream().map(Mention::text).toList());
    assertEquals(List.of("chronic low back pain", "diabetes mellitus", "hypertension", "asthma", "gout", "depression"),
        extractor.extract("The patient has been treated for chronic low back pain, and a prior review listed as well the history of"
            + " diabetes mellitus, hypertension, asthma, gout and depression, all stable.")
            .ofType(EntityType.DIAGNOSIS).stream().map(Mention::text).toList());
  }

  @Test
  void diagnosesInNoteSectionsButNotComplaintsFamilyOrDeniedSymptoms() {
    String note = "CHIEF COMPLAINT:, Right knee pain.,PAST MEDICAL HISTORY:, Hypertension and diabetes mellitus type 2."
        + ",FAMILY HISTORY:, Father died of leukemia.,REVIEW OF SYSTEMS:, She denies headaches, dizziness or chest pain."
        + " She denies any history of asthma.";
    assertEquals(List.of("Hypertension=", "diabetes mellitus type 2=", "asthma=negated"), found(note, EntityType.DIAGNOSIS));
    assertEquals(List.of("subarachnoid hemorrhage="),
        found("She is a 46-year-old female with subarachnoid hemorrhage. He sustained an industrial injury on 10-14-2016.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("He is a 69-year-old male with complaints of bilateral knee pain.", EntityType.DIAGNOSIS));
  }

  @Test
  void icdWordingInDiagnosisLists() {
    assertEquals(List.of("radiculopathy, lumbar region=", "SLAP lesion, right shoulder=", "lumbar sprain=", "right shoulder strain=",
            "strain of muscle, fascia and tendon of lower back="),
        found("Diagnoses include radiculopathy, lumbar region; SLAP lesion, right shoulder; lumbar sprain, right shoulder strain;"
            + " strain of muscle, fascia and tendon of lower back, initial encounter.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar disc herniation at L4-5 and L5-S1=", "chondromalacia right knee=", "post traumatic headaches="),
        found("He was diagnosed with lumbar disc herniation at L4-5 and L5-S1, chondromalacia right knee and post traumatic headaches.",
            EntityType.DIAGNOSIS));
  }

  /** Text copied from a PDF keeps a word cut after its hyphen at a line end; the rules read it whole. */
  @Test
  void aWordOrDateCutAfterItsHyphenAtALineEnd() {
    String letter = "The injured worker is a 45 year old male who sustained an industrial injury on 10-\n30-2016. Treatment included x-\n"
        + "rays of the lumbar spine dated 11/02/\n2016. Diagnoses include right-\nsided carpal tunnel syndrome.";
    assertEquals(List.of("10-\n30-2016=2016-10-30"), found(letter, EntityType.INJURY_DATE));
    assertEquals(List.of("x-\nrays of the lumbar spine=2016-11-02,XRAY"), found(letter, EntityType.PRIOR_STUDY));
    assertEquals(List.of("right-\nsided carpal tunnel syndrome="), found(letter, EntityType.DIAGNOSIS));
    String doubleSpaced = letter.replace("\n", " \n\n");
    assertEquals(List.of("10- \n\n30-2016=2016-10-30"), found(doubleSpaced, EntityType.INJURY_DATE), "the seeds' layout");
    assertEquals(List.of(), found("She sustained an injury on 10-\n\n30-2016 was the date of service.", EntityType.INJURY_DATE),
        "a blank line in single-spaced text parts two texts");
    assertEquals(List.of("low back pain="), found("The patient is treated for low back pain -\nworse with sitting.", EntityType.DIAGNOSIS),
        "a dash after a space is punctuation");
  }

  @Test
  void disputedItemsWithDecisions() {
    String letter = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n"
        + "X-Ray of The Cervical Spine:  Upheld\nClaims Administrator guideline: Decision based on MTUS.\n"
        + "Decision rationale: Not necessary.\nAn Orthopedic Consultation for the Left Knee:\nOverturned\n"
        + "Decision rationale: The remaining IMR eligible portion of the original request, Cyclobenzaprine 7.5mg #27 is: Upheld\n"
        + "Claims Administrator guideline: Decision based on MTUS.\nThe remaining IMR eligible portion of the original request, Two physical\n"
        + "therapy sessions for\nthe lumbar: Upheld\n";
    assertEquals(List.of("X-Ray of The Cervical Spine=UPHELD", "An Orthopedic Consultation for the Left Knee=OVERTURNED",
        "Cyclobenzaprine 7.5mg #27=UPHELD", "Two physical\ntherapy sessions for\nthe lumbar=UPHELD"), found(letter, EntityType.DISPUTED_ITEM));
    assertEquals(List.of(), found("The request was upheld by the reviewer.", EntityType.DISPUTED_ITEM));
  }

  @Test
  void everyMentionNamesItsRuleAndIndexesTheText() {
    String text = "The claimant is a 57 year old male who sustained a work injury on 9/29/11. An MRI was requested.";
    for (Mention m : extractor.extract(text).mentions()) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
      assertTrue(m.rule() != null && !m.rule().isBlank(), "rule of " + m);
    }
  }

  @Test
  void diagnosisListsAfterOtherIntroductions() {
    assertEquals(List.of("cervical strain=", "low back strain=", "left lumbar radiculopathy="),
        found("A review of the medical records shows the injured worker has diagnosis that include mild cervical strain;"
            + " low back strain; left lumbar radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("low back pain=", "lumbar radiculopathy=", "frozen right shoulder="),
        found("The injured worker is undergoing treatments for low back pain, lumbar radiculopathy and frozen right shoulder.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("fracture of the fifth metatarsal on the right foot="),
        found("He presented for a follow up appointment for a fracture of the fifth metatarsal on the right foot.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hip dysplasia="),
        found("There was documentation that the injured worker had a history of hip dysplasia.", EntityType.DIAGNOSIS));
  }

  @Test
  void sitesCoordinatedAfterTheHeadAndIcdWording() {
    assertEquals(List.of("contusion of face, scalp and neck=", "acute cervical sprain="),
        found("The injured worker is being treated for contusion of face, scalp and neck and acute cervical sprain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("strain in right hip, ankle, and foot="),
        found("He is being treated for strain in right hip, ankle, and foot.", EntityType.DIAGNOSIS));
    assertEquals(List.of("strain of muscle, fascia, and tendon of low back=", "sprain of joints and ligaments of other parts of neck="),
        found("The current diagnoses are strain of muscle, fascia, and tendon of low back and sprain of joints and ligaments"
            + " of other parts of neck.", EntityType.DIAGNOSIS));
    assertEquals(List.of("right strain of muscle and tendons of the neck=", "right ulna fracture="),
        found("He is undergoing treatment for right strain of muscle and tendons of the neck, and right ulna fracture.", EntityType.DIAGNOSIS));
  }

  @Test
  void criteriaInLongGuidelineSentencesAndRedFlagListsAreNotDiagnoses() {
    String letter = "CLINICAL CASE SUMMARY\nThe injured worker is status post injury.\nDecision rationale: According to the ACOEM"
        + " Guidelines, surgery may be considered after failure of conservative treatments for at least 3 to 6 months and with"
        + " clear clinical and imaging evidence of a lesion that would benefit from repair. In this case, there is no diagnosis"
        + " of tissue insult, nerve impairment, or other red flags that would warrant an MRI. Testing may be indicated in"
        + " applicants with suspected peripheral nerve impingement in whom no improvement has occurred.\n";
    assertEquals(List.of(), found(letter, EntityType.DIAGNOSIS));
    assertEquals(List.of("peptic ulcer=negated", "GI bleeding=negated", "perforation=negated"),
        found("Decision rationale: There is a lack of history of peptic ulcer, GI bleeding, or perforation.\n", EntityType.DIAGNOSIS));
  }

  @Test
  void longDiagnosisListsAndFindingsReportedAsSymptomsOrStudyResults() {
    List<String> dx = found("The current diagnoses are documented as headaches, sprain of the ligaments of the cervical spine,"
        + " anxiety disorder, sprain of unspecified site of the bilateral knees, unspecified internal derangement of the bilateral"
        + " knees, and lumbar radiculopathy.", EntityType.DIAGNOSIS);
    assertEquals(6, dx.size(), dx.toString());
    assertEquals(List.of("unspecified internal derangement of the bilateral knees=", "lumbar radiculopathy="), dx.subList(4, 6));
    assertEquals(List.of("sprain of ligaments of cervical spine=", "lumbar sprain="),
        found("The current diagnoses are documented as sprain of ligaments of cervical spine and lumbar sprain.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Medical records indicate ongoing right shoulder pain, right biceps pain and right shoulder blade pain.",
        EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Diagnostic studies included an MRI of the right knee dated 11/01/2016, that revealed medial meniscal"
        + " tearing, effusion, poorly visualized ACL with possible partial tear, possible tendinopathy, and edema.", EntityType.DIAGNOSIS));
  }

  @Test
  void parenthesizedAcronymsAndGuidelineStatements() {
    assertEquals(List.of("chronic low back pain=", "complex regional pain syndrome="),
        found("He is being treated for chronic low back pain (LBP) and complex regional pain syndrome (CRPS).", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Decision rationale: The MTUS Guidelines state that a bone scan is recommended in early stages to help"
        + " in confirmation of the diagnosis of complex regional pain syndrome (CRPS).\n", EntityType.DIAGNOSIS));
  }

  @Test
  void icdWordingAndOpenListMissesFromRoundTwo() {
    assertEquals(List.of("piriformis syndrome=", "lumbar strain=", "right IT band pain="),
        found("Diagnoses included piriformis syndrome, lumbar strain and right IT band pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("tear of the medial cartilage and/or meniscus=", "knee pain="),
        found("The current diagnoses are documented as tear of the medial cartilage and/or meniscus, knee pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("dislocation, shoulder="),
        found("The current diagnosis is documented as dislocation, shoulder.", EntityType.DIAGNOSIS));
    assertEquals(List.of("headaches=", "neck and low back pain="),
        found("Diagnoses include headaches, neck and low back pain.", EntityType.DIAGNOSIS));
    // What follows "without" is negated and apart (GUIDELINES, "without in a diagnosis"; the dev gold of CM17-0010420).
    assertEquals(List.of("umbilical hernia=", "obstruction=negated", "gangrene=negated"),
        found("The current diagnosis is documented as umbilical hernia without obstruction or gangrene.", EntityType.DIAGNOSIS));
    assertEquals(List.of("full-thickness tear of the supraspinatus tendon="),
        found("She reported ongoing shoulder pain attributed to a full-thickness tear of the supraspinatus tendon.", EntityType.DIAGNOSIS));
  }

  @Test
  void transcriptionNotePatternsFromUnannotatedSamples() {
    assertEquals(List.of("Fracture dislocation, C2="),
        found("POSTOPERATIVE DIAGNOSIS: , Fracture dislocation, C2.,PROCEDURE: , Fusion.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("chronic fatigue syndrome=", "mitral valve prolapse="),
        found("She was diagnosed with chronic fatigue syndrome in 1991 and mitral valve prolapse.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Hallux abductovalgus deformity=", "bunion of the left foot="),
        found("PREOPERATIVE DIAGNOSIS: , Hallux abductovalgus deformity with bunion of the left foot.,PROCEDURE: , Bunionectomy.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("tethered cord=possible"), found("ASSESSMENT: , Possible tethered cord.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("FAMILY MEDICAL HISTORY: , Her mother died from lung cancer. Her father has gout.,SOCIAL HISTORY: , None.\n",
        EntityType.DIAGNOSIS));
  }

  @Test
  void assessmentAndPlanIndicationsAndProcedureNotes() {
    assertEquals(List.of("Polyarthritis=", "Anemia="),
        found("HISTORY OF PRESENT ILLNESS: , Seen after surgery.,ASSESSMENT AND PLAN:,1.  Polyarthritis, status post left total knee"
            + " replacement.,2.  Anemia due to repeated blood loss.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("Pain in the lumbar spine=", "facet arthrosis=", "reflex sympathetic dystrophy="),
        found("INDICATION: , Pain in the lumbar spine secondary to facet arthrosis that was demonstrated by physical examination."
            + " INDICATIONS: , Patient with reflex sympathetic dystrophy, left side.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("Herniated lumbar disk=", "back pain="), // "intractable" is a severity word (GUIDELINES rounds 7 and 8)
        found("PREOPERATIVE DIAGNOSIS:,  Herniated lumbar disk with intractable back pain.,PROCEDURE: , Superior gluteal nerve block.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("back pain="), found("He has a history of back pain. All possible complications were mentioned including"
        + " joint swelling, infection, and bruising. Risks of surgery including but not limited to bleeding, infection, stroke were"
        + " discussed.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypertension=", "obesity=", "hypercholesterolemia="),
        found("She has a history of hypertension; other risk factors include obesity and hypercholesterolemia.", EntityType.DIAGNOSIS));
  }

  /** A hedge word hedges its own conjunct; "rule out" and alternatives joined by "or" keep the whole list. */
  @Test
  void hedgeWordsReachOnlyTheirOwnConjunct() {
    assertEquals(List.of("left shoulder labral tear=", "rotator cuff tear=possible", "impingement syndrome="),
        found("He is undergoing treatment for left shoulder labral tear, possible rotator cuff tear and impingement syndrome.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar sprain/strain=possible", "left lumbosacral radicular pain="),
        found("The diagnoses have included possible lumbar sprain/strain and constant left lumbosacral radicular pain.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("carpal tunnel syndrome=possible", "cubital tunnel syndrome=possible"),
        found("Diagnoses include probable carpal tunnel syndrome or cubital tunnel syndrome.", EntityType.DIAGNOSIS));
    assertEquals(List.of("herniated nucleus pulposus=possible", "lumbar radiculopathy=possible"),
        found("An MRI was ordered to rule out herniated nucleus pulposus and lumbar radiculopathy.", EntityType.DIAGNOSIS));
  }

  /** Injuries the patient sustained, and parts named with their lesion ("fractured", "torn", "herniated"). */
  @Test
  void sustainedInjuriesAndLesionedParts() {
    assertEquals(List.of("right open ankle fracture=", "right femur fracture="),
        found("She sustained a right open ankle fracture and right femur fracture in a motor vehicle accident.", EntityType.DIAGNOSIS));
    assertEquals(List.of("fracture to the right wrist="),
        found("She sustained a severe fracture to the right wrist approximately one week ago.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("The injured worker is a 48 year old male who sustained an industrial injury on 10-22-16.",
        EntityType.DIAGNOSIS));
    assertEquals(List.of("Fractured right fifth metatarsal=", "Torn lateral meniscus="),
        found("PREOPERATIVE DIAGNOSES: , 1.  Fractured right fifth metatarsal.,2.  Torn lateral meniscus.,PROCEDURE: , Repair.\n",
            EntityType.DIAGNOSIS));
  }

  /** Allowed-condition headings; general statements in a rationale; pain qualities stay outside the span. */
  @Test
  void allowedConditionsAndGeneralStatementsInRationales() {
    assertEquals(List.of("Lateral epicondylitis, right elbow="),
        found("ALLOWED CONDITIONS:,  Lateral epicondylitis, right elbow,EMPLOYER:,  ABCD.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar radiculopathy="),
        found("Decision rationale: The injured worker is being treated for lumbar radiculopathy. Magnetic resonance may be useful"
            + " for confirmation of the diagnosis in refractory cases and to exclude associated tendon and ligament tear. EMG"
            + " studies are recommended if a peripheral neuropathy is suspected. Straight leg raise is a feature of lumbar"
            + " radiculopathy.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("sprain of the cervical spine and lumbar spine="),
        found("DIAGNOSES: , Diagnosis based on today's examination is a sprain of the cervical spine and lumbar spine superimposed upon some"
            + " early degenerative changes.", EntityType.DIAGNOSIS));
  }

  /** Lupus is a condition; a pain level, rating or relief is a measure, not a condition. */
  @Test
  void lupusAndPainMeasures() {
    assertEquals(List.of("lupus="),
        found("The medication regimen included Prednisone, medications for lupus not included.", EntityType.DIAGNOSIS));
    assertEquals(List.of(),
        found("The progress note did not indicate the injured worker's pain level as rated on a pain scale.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar radiculopathy="),
        found("She is being treated for lumbar radiculopathy with no documented pain relief.", EntityType.DIAGNOSIS));
  }

  /** Negation reaches across "consistent with"; the gate opens a window at "no documentation of". */
  @Test
  void negationInARationaleReachesThroughConsistentWithAndNoDocumentation() {
    assertEquals(List.of("cubital tunnel syndrome=negated"),
        found("Decision rationale: The examination showed no objective signs consistent with cubital tunnel syndrome.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("cubital tunnel syndrome=possible"),
        found("Decision rationale: The examination showed objective signs consistent with cubital tunnel syndrome.\n",
            EntityType.DIAGNOSIS), "without a negation a letter's 'consistent with' hedges (GUIDELINES round fourteen)");
    assertEquals(List.of("radiculopathy in the left leg=negated"),
        found("Decision rationale: The notes give no documentation of radiculopathy in the left leg.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Decision rationale: There was no evidence of head trauma, loss of consciousness or amnesia.\n",
        EntityType.DIAGNOSIS).stream().filter(m -> m.startsWith("amnesia")).toList(), "amnesia is a symptom");
  }

  /** What a drug or therapy is recommended for in general is no diagnosis of this patient. */
  @Test
  void generalTreatmentStatementsInARationaleAreNotDiagnoses() {
    assertEquals(List.of(),
        found("Decision rationale: Muscle relaxants are not recommended for the treatment of chronic low back pain.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of(),
        found("Decision rationale: Studies do not support the use of traction for treating neck pain.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of("chronic low back pain="),
        found("Decision rationale: The claimant is being treated for chronic low back pain.\n", EntityType.DIAGNOSIS));
  }

  /** "right and left" after a comma is the next item's laterality, not an ICD side of the item before it. */
  @Test
  void aSidePairAfterACommaStartsTheNextItem() {
    assertEquals(List.of("cervical strain=", "lumbar strain=", "right and left wrist sprain="),
        found("The diagnoses are cervical strain, lumbar strain, right and left wrist sprain.", EntityType.DIAGNOSIS));
  }

  @Test
  void withoutInAConditionsNameNegatesNothing() {
    assertEquals(List.of("concussion without loss of consciousness=", "post-concussion syndrome=", "post traumatic headaches="),
        found("He was diagnosed with concussion without loss of consciousness, post-concussion syndrome and post traumatic headaches.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar strain=", "radiculopathy=negated"),
        found("He was treated for lumbar strain without radiculopathy.", EntityType.DIAGNOSIS), "a plain without still negates");
  }

  /** An operative note's procedure body guides, not reports, its films; a finding is on the nearest study. */
  @Test
  void procedureBodiesAndTheNearestStudyOfAFinding() {
    assertEquals(List.of(), found("PROCEDURE DETAIL:  ,He was placed prone. At this time, a myelogram was then performed. The"
        + " myelogram did reveal a disc at L5-S1.\n", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("SUMMARY OF PROCEDURE: , The needle tip was visualized by fluoroscopy. Interpretation of"
        + " radiograph reveals placement of the needle.\n", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The needle position was visualized by fluoroscopy.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRA=MRI", "angiography=OTHER"),
        found("The \"vascular blush\" seen on MRA was not visualized on angiography.", EntityType.PRIOR_STUDY));
  }

  /** Assertion scope: lists, "without" on its own conjunct, hedges on their own phrase, "for" after a bare negation. */
  @Test
  void assertionScopes() {
    assertEquals(List.of("heart disease=negated", "lung disease=negated", "liver disease=negated", "kidney disease=negated",
            "neurological disease=negated", "hiatal hernia="),
        found("MEDICAL HISTORY: He denied any hospitalizations or current medications use for any heart disease, lung disease,"
            + " liver disease, kidney disease, neurological disease other than stating he has a hiatal hernia.", EntityType.DIAGNOSIS),
        "a long list stays negated; 'other than' ends it");
    assertEquals(List.of("Essential tremor=", "migraine headaches=", "basal cell carcinoma="),
        found("PAST MEDICAL HISTORY: , Essential tremor, migraine headaches without aura, and basal cell carcinoma.",
            EntityType.DIAGNOSIS), "'without' negates its own conjunct only");
    assertEquals(List.of("chronic back pain="),
        found("His PCP does not prescribe opiate medications for chronic back pain.", EntityType.DIAGNOSIS),
        "a bare 'not' before 'for' denies the prescribing, not the condition");
    assertEquals(List.of("torticollis="),
        found("The patient declined any possible Botox for the mild torticollis.", EntityType.DIAGNOSIS),
        "a hedge word hedges its own phrase");
    assertEquals(List.of("radiculopathy=negated"),
        found("There are no examination findings to indicate any possible radiculopathy.", EntityType.DIAGNOSIS),
        "a hedge under a negation is negated");
    assertEquals(List.of("temporal arteritis=possible"),
        found("She was thought to have temporal arteritis and underwent a biopsy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("stroke=possible"),
        found("PMH: PUD, ?stroke.", EntityType.DIAGNOSIS), "a question mark before the condition");
  }

  /** "cannot" is two tokens; "X versus Y" hedges both alternatives; a hedged "consistent with" is a hedge. */
  @Test
  void hedgesAfterTheCondition() {
    assertEquals(List.of("lumbar radiculopathy=possible"),
        found("IMPRESSION: Lumbar radiculopathy cannot be ruled out.", EntityType.DIAGNOSIS).stream().map(x -> x.replace("Lumbar", "lumbar")).toList());
    assertEquals(List.of("abscess=possible"), found("IMPRESSION: However, an abscess cannot be excluded.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Vasovagal syncope=possible"),
        found("IMPRESSION: 1. Vasovagal syncope versus polypharmacy.", EntityType.DIAGNOSIS));
  }

  /** Cues of clinical language met in unannotated transcription samples; the sentences are written for this test. */
  @Test
  void assertionCuesOfTranscriptionNotes() {
    assertEquals(List.of("migraines=", "nausea=negated"),
        found("HISTORY: His migraines were not associated with nausea or vomiting.", EntityType.DIAGNOSIS),
        "'with' ends a scope, but 'not associated with' is one negation cue");
    assertEquals(List.of("angina=", "myocardial infarction=negated"),
        found("She has a history of angina and was ruled out for myocardial infarction by serial enzymes.", EntityType.DIAGNOSIS),
        "'ruled out for X' negates what follows it, not what precedes it");
    assertEquals(List.of("flow-limiting lesion=possible"),
        found("IMPRESSION: Tapering of the distal vessel, worrisome for a flow-limiting lesion.", EntityType.DIAGNOSIS));
    assertEquals(List.of("pulmonary hypertension=possible"),
        found("IMPRESSION: Dilated pulmonary artery as can be seen with pulmonary hypertension.", EntityType.DIAGNOSIS));
    assertEquals(List.of("rotator cuff tear=possible", "complete rupture of the tendon="),
        found("Over concerns for rotator cuff tear, he was sent for MRI where a complete rupture of the tendon was noted.",
            EntityType.DIAGNOSIS), "'where' starts a clause of its own");
    assertEquals(List.of("obstructive sleep apnea=possible"),
        found("ASSESSMENT: We are concerned that she has obstructive sleep apnea.", EntityType.DIAGNOSIS));
    assertEquals(List.of("inherited neuropathy=possible"),
        found("ASSESSMENT: It is unclear whether or not he has an inherited neuropathy.", EntityType.DIAGNOSIS),
        "the 'not' of 'whether or not' negates nothing");
    assertEquals(List.of("Neck pain=", "cervical radiculopathy=possible"),
        found("ASSESSMENT: Neck pain. EMG to determine whether he has cervical radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("nondisplaced fracture of the calcaneus=possible"),
        found("IMPRESSION: Cannot exclude a nondisplaced fracture of the calcaneus.", EntityType.DIAGNOSIS));
    assertEquals(List.of("nondisplaced fracture of the calcaneus=possible"),
        found("IMPRESSION: Cannot rule out a nondisplaced fracture of the calcaneus.", EntityType.DIAGNOSIS));
    assertEquals(List.of("medial meniscal tear=possible"),
        found("MRI without contrast to evaluate for a medial meniscal tear.", EntityType.DIAGNOSIS),
        "'without' in another phrase does not negate the hedge");
    // pseudotumor cerebri (round fifteen) and papilledema (round sixteen) are lexicon heads; "without" negates
    // papilledema, and "who" ends its scope before the headaches.
    assertEquals(List.of("pseudotumor cerebri=", "papilledema=negated", "new headaches="),
        found("She is a 40-year-old woman with pseudotumor cerebri without papilledema who comes in because of new headaches.",
            EntityType.DIAGNOSIS), "'who' ends the scope of 'without'");
  }

  /**
   * Rule-outs still to be done, revised attributions, NegEx terminations and a possessive before the patient's own
   * condition (sentences written for this test; the constructions were met in unannotated transcription samples).
   */
  @Test
  void assertionRuleOutsTerminationsAndPossessives() {
    assertEquals(List.of("Headache=", "subdural hematoma=possible"),
        found("ASSESSMENT: Headache. A subdural hematoma should be ruled out.", EntityType.DIAGNOSIS),
        "'should be ruled out' is still to be done: not 'ruled out'");
    assertEquals(List.of("Headache=", "subdural hematoma=negated"),
        found("ASSESSMENT: Headache. A subdural hematoma was ruled out.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Osteomyelitis=possible"), found("IMPRESSION: Osteomyelitis must be considered.", EntityType.DIAGNOSIS));
    assertEquals(List.of("cervical cord infarction=possible"),
        found("It was suspected that he had sustained a cervical cord infarction.", EntityType.DIAGNOSIS));
    assertEquals(List.of("carpal tunnel syndrome=possible"),
        found("Her hand numbness was initially attributed to carpal tunnel syndrome.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypertension="),
        found("PAST MEDICAL HISTORY: She denies any medical problems except for hypertension.", EntityType.DIAGNOSIS),
        "'except' ends a negation");
    assertEquals(List.of("Peripheral neuropathy=", "neuropathy="),
        found("ASSESSMENT: Peripheral neuropathy. Laboratory workup revealed no cause of the neuropathy.", EntityType.DIAGNOSIS),
        "what is denied is a cause, not the condition");
    assertEquals(List.of("seizures=possible"),
        found("She was referred for evaluation of possible seizures or other causes of syncope.", EntityType.DIAGNOSIS),
        "what 'other causes of' names is a condition in general, not the patient's (not.diagnosis.general_statement)");
    assertEquals(List.of("Headaches=", "headaches="),
        found("ASSESSMENT: Headaches. No findings on MRI to explain the headaches.", EntityType.DIAGNOSIS));
    assertEquals(List.of("peroneal nerve injury=possible", "diabetes="),
        found("ASSESSMENT: Most likely this is a peroneal nerve injury related to her diabetes.", EntityType.DIAGNOSIS),
        "the hedge is on the injury; 'her diabetes' is the patient's own");
    assertEquals(List.of("carpal tunnel syndrome=possible"),
        found("She was referred for evaluation of her possible carpal tunnel syndrome.", EntityType.DIAGNOSIS),
        "a hedge after the possessive still hedges");
  }

  /** A hedge under a negation is a negation; a question mark hedges only the condition it is written against. */
  @Test
  void negatedHedgesAndQuestionMarks() {
    assertEquals(List.of("ischemia=negated"),
        found("The resting EKG showed no ST depression suggestive of ischemia.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar radiculopathy=negated"),
        found("ASSESSMENT: I do not suspect lumbar radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("HTN=possible", "COPD="), found("PMH: 1)?HTN. 2)COPD.", EntityType.DIAGNOSIS));
    assertEquals(List.of("DJD=possible"), found("PMH: PUD, DJD?", EntityType.DIAGNOSIS));
    assertEquals(List.of("lateral epicondylitis="),
        found("QUESTION: Has the claimant reached maximum medical improvement for the allowed condition of lateral epicondylitis?",
            EntityType.DIAGNOSIS), "the question mark of a question asks, it does not hedge");
    assertEquals(List.of("Multiple sclerosis="),
        found("DIAGNOSTIC IMPRESSION: Multiple sclerosis, ? secondary progressive.", EntityType.DIAGNOSIS),
        "'? secondary progressive' hedges the course, not the disease before it");
  }

  /** Two studies joined by "and" are two PriorStudies; an electrodiagnostic pair is one. */
  @Test
  void twoStudiesWithOneResultAreTwo() {
    assertEquals(List.of("MRI=MRI", "MRA=MRI"),
        found("MRI and MRA, 1/18/93, revealed a well circumscribed lesion.", EntityType.PRIOR_STUDY).stream()
            .map(m -> m.replaceAll(",?1993-01-18,?", "")).toList());
    assertEquals(List.of("CT of the chest=CT", "CT of the abdomen=CT"),
        found("CT of the chest and CT of the abdomen showed no evidence of tumor.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EMG and nerve conduction studies of the right upper extremity=EMG"),
        found("EMG and nerve conduction studies of the right upper extremity revealed carpal tunnel syndrome.", EntityType.PRIOR_STUDY));
  }
  /** A neurological deficit is an examination sign; what a test is for in a rationale and an injury count are not conditions. */
  @Test
  void neurologicSignsTestPurposesAndInjuryCountsAreNotDiagnoses() {
    assertEquals(List.of("lumbar strain="),
        found("She is being treated for lumbar strain. The records do not establish clinical signs consistent with a focal"
            + " neurologic deficit.", EntityType.DIAGNOSIS));
    assertEquals(List.of(),
        found("The notes did not indicate the presence of a definitive neurological deficit on physical examination.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("cervical radiculopathy=possible"),
        found("Decision rationale: Nerve studies are widely used in establishing the diagnosis of focal nerve entrapment."
            + " The provider ordered them to rule out cervical radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("right wrist fracture="),
        found("He sustained multiple injuries when he fell and was diagnosed with a right wrist fracture.", EntityType.DIAGNOSIS));
  }

  /** A size is a measurement, outside the span like a severity word; "lateral recess" shares the head "stenosis". */
  @Test
  void sizesStayOutsideAndLateralRecessSharesItsHead() {
    assertEquals(List.of("disc protrusion at L4-5=", "lateral recess and foraminal stenosis="),
        found("He is undergoing treatment for a 4mm disc protrusion at L4-5 with lateral recess and foraminal stenosis.",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("disc herniation at L5-S1="),
        found("She was diagnosed with a 5 mm disc herniation at L5-S1.", EntityType.DIAGNOSIS));
  }

  @Test
  void filmsNamedBySiteIntraoperativeChecksAndBladderScans() {
    assertEquals(List.of("Chest films=XRAY"), found("Chest films showed no infiltrate.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Plain pelvic films=XRAY"), found("Plain pelvic films showed no fracture of the hips.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Knee films=XRAY"), found("Knee films also showed joint space narrowing.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The films were reviewed and show a fracture.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("Film was reviewed with the family.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The tear film was unstable.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The graft was placed. An x-ray was obtained which showed good graft placement.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("A needle was placed and an x-ray confirmed proper localization.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-ray of the wrist=XRAY"),
        found("An x-ray of the wrist showed good position of the hardware.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("bladder scan=OTHER"), found("A bladder scan showed 400 cc of residual urine.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=MRI"), found("The mass was larger than what we saw on the MRI.", EntityType.PRIOR_STUDY));
  }

  /** Round three: other diagnostic tests, post-operative films, refuted or doubtful studies, new modalities. */
  @Test
  void otherTestsPostoperativeFilmsAndDoubtfulStudies() {
    assertEquals(List.of("Tensilon testing=OTHER"), found("She underwent Tensilon testing which was negative.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("electrical study=EMG"), found("IMPRESSION: This electrical study is normal.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("repetitive nerve stimulation studies of the ulnar nerves=NCS"),
        found("The repetitive nerve stimulation studies of the ulnar nerves showed no decrement.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("orbital echography=ULTRASOUND"), found("Her orbital echography showed enlarged muscles.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Knee x-rays (3 views)=XRAY"), found("Knee x-rays (3 views) were taken in the office.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Radiographs=XRAY"), found("Radiographs today included AP and lateral views of the ankle.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-rays=XRAY"), found("DESCRIPTION OF PROCEDURE: The wound was closed. Postoperative x-rays were taken and the"
        + " patient was discharged home.\n", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("DESCRIPTION OF PROCEDURE: The screw was placed. A lateral x-ray was taken and the wound was closed.\n",
        EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The C-arm was brought in and AP views showed good alignment of the plate.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("It is not clear that there has been a previous MRI of the knee.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The reviewer's statement that the EMG was normal is incorrect.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("X-rays of the hip=XRAY"),
        found("LAB & X-RAY RESULTS: X-rays of the hip were performed.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("NEEDLE EMG=EMG", "Needle EMG=EMG"),
        found("NEEDLE EMG: Needle EMG was performed in the left arm.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("C-arm=FLUOROSCOPY", "angiogram=OTHER", "echography=ULTRASOUND", "C-arm fluoroscopy=FLUOROSCOPY"),
        found("Views with the C-arm; an angiogram; echography; C-arm fluoroscopy.", EntityType.IMAGING_MODALITY));
  }

  @Test
  void injuryDatesOfTheLetterInjuryAndMonthsWithoutYear() {
    String summary = "CLINICAL CASE SUMMARY\nThe patient is a 40-year-old woman who sprained her left ankle on 3/4/2016 at work."
        + " She had surgery on 5/6/2016.\n";
    assertEquals(List.of("3/4/2016=2016-03-04"), found(summary, EntityType.INJURY_DATE));
    assertEquals(List.of("October=XXXX-10"), found("The claimant was injured in October. He was seen in May.", EntityType.INJURY_DATE));
    assertEquals(List.of(), found("He fractured his wrist on 1/3/93 while skiing.", EntityType.INJURY_DATE), "not in a letter");
    assertEquals(List.of(), found("CLINICAL CASE SUMMARY\nThe injured worker presented on 10-28-2016.\n", EntityType.INJURY_DATE));
  }

  @Test
  void establishedConditionsInNarrativeAndObjectsOfCare() {
    assertEquals(List.of("epilepsy="), found("Her epilepsy has been well controlled on medication.", EntityType.DIAGNOSIS));
    assertEquals(List.of("stroke="), found("He had a stroke in 2009 and now walks with a cane.", EntityType.DIAGNOSIS));
    assertEquals(List.of("asthma=", "eczema="), found("The boy has asthma and eczema.", EntityType.DIAGNOSIS));
    assertEquals(List.of("MI="), found("He quit smoking after an MI last year.", EntityType.DIAGNOSIS));
    assertEquals(List.of("bladder infection="),
        found("She was given Keflex for a bladder infection.", EntityType.DIAGNOSIS));
    assertEquals(List.of("mumps=", "measles="), found("PAST MEDICAL HISTORY: Childhood mumps and measles.", EntityType.DIAGNOSIS));
    // A symptom or a deficit in narrative is no established condition.
    assertEquals(List.of(), found("Her headaches began last week.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("He has weakness of the left hand.", EntityType.DIAGNOSIS));
    // Not what a test looks for, nor the onset of a symptom.
    assertEquals(List.of(), found("There was no evidence for a fracture on the films.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("He describes a sudden onset of low back pain while lifting.", EntityType.DIAGNOSIS));
  }

  @Test
  void diagnosisTrapsOfStudiesRequestsAndGeneralStatements() {
    String report = "EXAM: MRI of the left knee. CLINICAL: Knee pain. FINDINGS: There is a tear of the medial meniscus."
        + " IMPRESSION: Medial meniscus tear.";
    assertEquals(List.of(), found(report, EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("A CT showed a mass suggestive of lymphoma.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("The lung nodules were thought to be suggestive of old granulomas.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Retrospective: repair of right rotator cuff tear was the original request.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Gabapentin is used in the treatment of neuropathic pain and seizures.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Labs will look for other causes of neuropathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("alcohol abuse=negated"),
        found("SOCIAL HISTORY: She denies smoking and alcohol abuse. FAMILY HISTORY: Mother had diabetes.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Carpal tunnel syndrome, left="),
        found("IMPRESSION: Carpal tunnel syndrome, left.", EntityType.DIAGNOSIS));
    assertEquals(List.of("concussion with loss of consciousness of 30 minutes or less="),
        found("Diagnoses include concussion with loss of consciousness of 30 minutes or less.", EntityType.DIAGNOSIS));
  }

  /** "s/p", "r/o", "h/o" reach the rules as three tokens ("h", "/", "o"); the letters stay out of the span. */
  @Test
  void slashAbbreviationsAndCoordinatedComplications() {
    assertEquals(List.of("asthma="), found("PMH: h/o asthma.", EntityType.DIAGNOSIS));
    assertEquals(List.of("seizures=negated"), found("He has no h/o seizures.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar radiculopathy=possible"), found("Assessment: r/o lumbar radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("fracture of the left wrist="), found("He is s/p fracture of the left wrist.", EntityType.DIAGNOSIS));
    assertEquals(List.of("distal radius fracture=", "complex regional pain syndrome="),
        found("She had surgery for a distal radius fracture complicated by complex regional pain syndrome.", EntityType.DIAGNOSIS));
    assertEquals(List.of("X-rays (2 views) of the right wrist=XRAY"),
        found("X-rays (2 views) of the right wrist were taken and showed no fracture.", EntityType.PRIOR_STUDY));
  }
  /** Round four: conditions inside a procedure's name, graded exam signs, presenting symptoms, anaphora. */
  @Test
  void procedureNamesSignsSymptomsAndAnaphoraAreNoDiagnoses() {
    assertEquals(List.of("lumbar disc herniation="),
        found("PREOPERATIVE DIAGNOSIS: Lumbar disc herniation. PROCEDURES PERFORMED: 1. Lumbar laminectomy and removal of"
            + " herniated disc and spurs. ANESTHESIA: General.", EntityType.DIAGNOSIS).stream().map(x -> x.replace("Lumbar", "lumbar")).toList(),
        "the operation list names procedures");
    assertEquals(List.of("asthma="),
        found("PAST MEDICAL HISTORY: Asthma. Her surgical history includes an umbilical hernia repair and excision of a"
            + " lipoma.", EntityType.DIAGNOSIS).stream().map(x -> x.replace("Asthma", "asthma")).toList(),
        "a condition inside a procedure's name");
    assertEquals(List.of("ear infection="),
        found("He was given amoxicillin for an ear infection.", EntityType.DIAGNOSIS), "what a treatment is for stays");
    assertEquals(List.of(),
        found("BACK: She has very mild scoliosis and no kyphosis.", EntityType.DIAGNOSIS), "a graded exam sign");
    assertEquals(List.of(),
        found("IMPRESSION: The examination is normal apart from mild impairment of delayed recall.", EntityType.DIAGNOSIS),
        "a deficit described by what is impaired");
    assertEquals(List.of("memory impairment="),
        found("IMPRESSION: Memory impairment.", EntityType.DIAGNOSIS).stream().map(x -> x.replace("Memory", "memory")).toList(),
        "a named impairment stays");
    assertEquals(List.of("normal pressure hydrocephalus=possible"),
        found("ASSESSMENT: Gait decline with ventriculomegaly suggesting possible normal pressure hydrocephalus.", EntityType.DIAGNOSIS),
        "the finding that suggests a condition is no diagnosis");
    assertEquals(List.of(),
        found("This is a 40-year-old man with a three-week history of right calf pain.", EntityType.DIAGNOSIS),
        "a presenting symptom");
    assertEquals(List.of(),
        found("After lifting a box he developed hip pain, which spreads to the knee.", EntityType.DIAGNOSIS), "a symptom that set in");
    assertEquals(List.of(), found("Months later she developed hip pain", EntityType.DIAGNOSIS), "a symptom that set in, at the text's end");
    assertEquals(List.of("complex regional pain syndrome="),
        found("She subsequently developed complex regional pain syndrome.", EntityType.DIAGNOSIS), "a disease named with a symptom word");
    assertEquals(List.of(),
        found("The patient does not have dizziness.", EntityType.DIAGNOSIS), "a symptom he does not have");
    assertEquals(List.of("depression="),
        found("He has a history of depression. He denied any suicidal ideation or homicidal ideation.", EntityType.DIAGNOSIS),
        "denied ideation is a screening answer");
    assertEquals(List.of("renal cell carcinoma="),
        found("PAST MEDICAL HISTORY: Renal cell carcinoma, status post radiation for the same cancer.", EntityType.DIAGNOSIS)
            .stream().map(x -> x.replace("Renal", "renal")).toList(), "'the same' refers back");
  }

  /** Round four assertions: an evaluator's opinion and a nature to clarify hedge; a hedged cause stays present. */
  @Test
  void roundFourAssertions() {
    assertEquals(List.of("multiple sclerosis=possible"),
        found("She was felt to have multiple sclerosis.", EntityType.DIAGNOSIS));
    assertEquals(List.of("peripheral neuropathy=possible"),
        found("He was referred to clarify the nature of his peripheral neuropathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypothyroidism="),
        found("IMPRESSION: Her tiredness is possibly the effects of hypothyroidism.", EntityType.DIAGNOSIS));
  }

  /** Round four: requests shown done, the verb x-rayed, bare view counts, findings on a preoperative study. */
  @Test
  void requestsShownDoneVerbsViewCountsAndPreoperativeStudies() {
    assertEquals(List.of("CT of the neck=CT"),
        found("The surgeon requested a CT of the neck that was performed the same day and showed a fracture.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Computed tomography=CT"),
        found("Computed tomography was recommended and performed.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=MRI"),
        found("It was recommended that she have a repeat MRI and this was done locally.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("An MRI was requested and was denied.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The physician requested an MRI that was not performed.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-rayed=XRAY"), found("Her wrist was x-rayed in the clinic.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-rayed=XRAY"), found("Her wrist was x-rayed in the clinic.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("Her wrist will be x-rayed next week.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-ray cervical spine 3 views=2016-05-04,XRAY"),
        found("An x-ray cervical spine 3 views dated May 4, 2016 is in the file.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("plain film radiography=XRAY"),
        found("He fell, and the appearance of a fracture on plain film radiography justified the CT.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("plain film radiography=XRAY", "CT=CT"),
        found("He fell, and the appearance of a fracture on plain film radiography justified the CT.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of("MRI=MRI"), found("We discussed the MRI she had in May.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI of the hip=MRI"), found("The MRI of the hip was just completed.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EEG=OTHER"), found("IMPRESSION: EEG during wakefulness and drowsiness is normal.", EntityType.PRIOR_STUDY));
    // Operative note bodies: the MRI or CT where a finding is seen is the work-up; films there are the operation's own.
    assertEquals(List.of("CT scan=CT"), found("DESCRIPTION OF PROCEDURE: The plate was applied. The fragment shown on the CT scan was"
        + " reduced. However, by x-rays, the joint appears congruent.\n", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI=MRI"), found("PROCEDURE IN DETAIL: The disc bulge was smaller than I would expect on the MRI.\n",
        EntityType.PRIOR_STUDY));
    // Criteria and studies the letter says are not shown.
    assertEquals(List.of(), found("Guidelines support an MRI when the examination is unclear and there is evidence of nerve"
        + " dysfunction by electrodiagnostic testing.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The nondiagnostic nature of previous plain film studies is not documented.", EntityType.PRIOR_STUDY));
  }

  /** Round four recall: conditions named through a cause, a course or a state, and new heads by group. */
  @Test
  void conditionsNamedAsCausesStatesAndChiefComplaints() {
    assertEquals(List.of("lupus=", "gout="), found("She has missed work secondary to lupus and gout.", EntityType.DIAGNOSIS));
    assertEquals(List.of("hypertension="), found("The headaches are the effects of his hypertension.", EntityType.DIAGNOSIS));
    assertEquals(List.of("low back pain="), found("The L5-S1 level was the source of his low back pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("She has trouble lifting due to shoulder pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("fracture blisters="),
        found("Two weeks later he started to develop fracture blisters over the ankle.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("He may develop a wound infection after the operation.", EntityType.DIAGNOSIS));
    assertEquals(List.of("status epilepticus="), found("The child tends to go into status epilepticus with fevers.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Status epilepticus="), found("CHIEF COMPLAINT: Status epilepticus.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("CHIEF COMPLAINT: Headache.", EntityType.DIAGNOSIS));
    assertEquals(List.of("asthma="), found("Her asthma was diagnosed in 1990.", EntityType.DIAGNOSIS));
    assertEquals(List.of("tibial plateau fracture="),
        found("He was told this tibial plateau fracture would heal.", EntityType.DIAGNOSIS));
    assertEquals(List.of("Lumbar spondylosis=", "retrolisthesis=", "developmental delay="),
        found("IMPRESSION: Lumbar spondylosis with retrolisthesis and developmental delay.", EntityType.DIAGNOSIS));
    assertEquals(List.of("seizures="), found("His prolonged seizures stopped with lorazepam.", EntityType.DIAGNOSIS));
    assertEquals(List.of("prostate cancer="),
        found("PAST MEDICAL HISTORY: Radical prostate cancer, status post prostatectomy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("autism spectrum disorder="), found("He was diagnosed with autism spectrum disorder.", EntityType.DIAGNOSIS));
  }

  /** A trigger's reach ends at a period, at the end of its window, or after 150 tokens (three rules, one per end). */
  @Test
  void aTriggerReachesToThePeriodTheWindowEndOr150Tokens() {
    assertEquals(List.of("lumbar sprain=", "cervical strain=", "carpal tunnel syndrome="),
        found("He was diagnosed with lumbar sprain, cervical strain and carpal tunnel syndrome", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar sprain="), found("He was diagnosed with lumbar sprain. Cervical strain and carpal tunnel"
        + " syndrome were discussed in the literature.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar sprain="), found("He was diagnosed with " + "a ".repeat(148)
        + "lumbar sprain and cervical strain and carpal tunnel syndrome.", EntityType.DIAGNOSIS));
  }

  /** Round five's classes: films that check an operation, studies of a report's EXAM list, slips and therapy words. */
  @Test
  void operativeFilmsReportExamListsAndTherapeuticUltrasound() {
    String opNote = "PREOPERATIVE DIAGNOSIS: Tibial fracture.\nOPERATIVE REPORT IN DETAIL: The frame was applied."
        + " Fluoroscopic images confirmed the pins. X-rays were taken showing a good reduction of the fracture."
        + " The skin was closed.\nPLAN: X-rays were taken in the recovery room and showed good alignment.\n";
    assertEquals(List.of("X-rays=XRAY"), found(opNote, EntityType.PRIOR_STUDY), "the narrative's films check the operation");
    String procedure = "PREOPERATIVE DIAGNOSIS: Stenosis.\nPROCEDURE: The cage was placed. A lateral x-ray demonstrated good"
        + " position. He did have radiographic evidence of a spur.\n";
    assertEquals(List.of("radiographic=XRAY"), found(procedure, EntityType.PRIOR_STUDY), "a finding the films showed before");
    assertEquals(List.of("CT abdomen=CT", "CT pelvis=CT", "CT lumbar spine=CT"),
        found("EXAM: CT abdomen with contrast, CT pelvis with contrast and CT lumbar spine without contrast.\nFINDINGS: Normal.",
            EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("The screws were placed and a post placement x-ray showed good alignment.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EMG and CV=EMG"), found("An EMG and CV revealed a mild ulnar neuropathy.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI of the C & T spine and LS spine=MRI"),
        found("MRI of the C & T spine and LS spine has been normal.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("Bone scans are indicated for occult fractures not seen on plain films.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("x-ray=XRAY"), found("The fracture was not seen on x-ray.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("bones scans=BONE_SCAN", "TPBS=BONE_SCAN"),
        found("The guidelines state that bones scans (TPBS) may be considered.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of("CTs=CT"), found("Splinting after CTS release is brief. Two CTs were reviewed.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("Ultrasound 2 times 6: Upheld", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("It is no better than placebo ultrasound for treating pain.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of("ultrasound=ULTRASOUND"), found("An ultrasound of the knee was normal.", EntityType.IMAGING_MODALITY));
  }

  /** A strength range without its scale, and accidents that a note does not tie to work or a claim. */
  @Test
  void strengthRangesAndAccidentsOutsideWork() {
    assertEquals(List.of("4-5=4"), found("The patient had 4-5 strength in the wrist.", EntityType.MOTOR_GRADE));
    assertEquals(List.of("4+ to 5-=4+"), found("Mild hemiparesis with 4+ to 5- strength on the left.", EntityType.MOTOR_GRADE));
    assertEquals(List.of(), found("Disc bulge at L4-5 with normal strength. He rated it 4-5 out of ten.", EntityType.MOTOR_GRADE));
    assertEquals(List.of(), found("Her neck pain started after a motor vehicle accident on 5/2/2010.", EntityType.INJURY_DATE));
    assertEquals(List.of("5/2/2010=2010-05-02"),
        found("Her neck pain started after a motor vehicle accident on 5/2/2010 while working as a courier.", EntityType.INJURY_DATE));
    assertEquals(List.of("5/2/2010=2010-05-02"),
        found("CLINICAL CASE SUMMARY\nShe was hurt in an accident on 5/2/2010.\n", EntityType.INJURY_DATE));
    // The work cue counts in its own paragraph only (blank lines part them), wherever the date sits in it.
    String paragraphs = "He works as a courier.\n\nHe fell in an accident on 5/2/2010.\n \nHe works for a bakery.\n"
        + "He fell in an accident on 6/3/2011.\n";
    assertEquals(List.of("6/3/2011=2011-06-03"), found(paragraphs, EntityType.INJURY_DATE));
  }

  /** Round six's classes: dated study lists, counted studies, DOI as a document gives it, category prefixes, the mini C-arm. */
  @Test
  void datedStudyListsDoiWordingCategoryPrefixesAndMiniCArm() {
    // An entry that starts with its month/two-digit year is a dated past study, with or without a colon after it.
    assertEquals(List.of("CT Head=2003-03,CT", "Knee films=2003-04,XRAY"),
        found("STUDIES: 3/03 CT Head without contrast: No bleed. 4/03 Knee films, Mild effusion.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("Carotid Doppler=1998-07-02,ULTRASOUND"),
        found("OUTSIDE RECORDS: 7/2/98 Carotid Doppler (mild plaque).", EntityType.PRIOR_STUDY));
    // M/YY elsewhere is a score, and a date inside a sentence does not open an entry.
    assertEquals(List.of("MRI of the knee=MRI"), found("Pain 6/10 MRI of the knee showed a tear.", EntityType.PRIOR_STUDY));
    assertEquals(List.of(), found("He rated his pain at 6/10 MRI scans are not indicated.", EntityType.PRIOR_STUDY));
    // Several studies of one mention with several dates: no single Date.
    assertEquals(List.of("EEGs=OTHER"),
        found("He had two EEGs then, one on May 3, 2001 and one on June 9, 2001.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EEG=2001-05-03,OTHER"), found("He had an EEG on May 3, 2001.", EntityType.PRIOR_STUDY));
    // A date of injury as a document gives it.
    assertEquals(List.of("2/3/15=2015-02-03"),
        found("It is noted that the date of injury (DOI) on the RFA is 2/3/15.", EntityType.INJURY_DATE));
    assertEquals(List.of("7/8/14=2014-07-08"), found("The older notes bear DOI as 7/8/14 instead.", EntityType.INJURY_DATE));
    assertEquals(List.of(), found("The report as of 7/8/14 was reviewed.", EntityType.INJURY_DATE));
    // A category before a colon is not part of the item; an item's own colon is.
    String letter = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n"
        + "Pre-op labs: BMP: Upheld\nClaims Administrator guideline: Decision based on MTUS.\n"
        + "Decision rationale: Not necessary.\nX-rays: AP/lateral views:  Overturned\nClaims Administrator guideline: Decision based on MTUS.\n";
    assertEquals(List.of("BMP=UPHELD", "X-rays: AP/lateral views=OVERTURNED"), found(letter, EntityType.DISPUTED_ITEM));
    // The mini C-arm is the operating room's fluoroscope: a modality, never a prior study.
    assertEquals(List.of("Xi-scan=FLUOROSCOPY"), found("The Xi-scan was used to confirm the screw position.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("The Xi-scan was used to confirm the screw position.", EntityType.PRIOR_STUDY));
  }

  @Test
  void roundFiveNegatedRecordsListsHedgesAndOperativeLesions() {
    // what the records do not show, said of this patient (GUIDELINES Round 5): negated
    assertEquals(List.of("cervical radiculopathy=negated"),
        found("Decision rationale: The provider has not documented examination evidence indicative of cervical radiculopathy.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("rheumatoid arthritis=negated", "gout=negated"),
        found("Decision rationale: There is a lack of objective documentation the claimant has rheumatoid arthritis or gout.\n",
            EntityType.DIAGNOSIS));
    assertEquals(List.of("reflex sympathetic dystrophy=negated"),
        found("Decision rationale: She is not showing the typical signs and symptoms of reflex sympathetic dystrophy.\n",
            EntityType.DIAGNOSIS));
    // a sign the records do not show stays out, as in a review of systems; a study's reading is no Diagnosis
    assertEquals(List.of(), found("Decision rationale: There is no evidence of muscle spasm on examination.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("Decision rationale: The elbow x-ray was unremarkable with no evidence of a fracture.\n",
        EntityType.DIAGNOSIS));
    // a rule-out being sought and a threatened condition are possible
    assertEquals(List.of("gout=possible"), found("The surgeon wanted to be ruling out gout with an aspiration.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar strain=", "deep vein thrombosis=possible"),
        found("He is treated for lumbar strain and impending deep vein thrombosis.", EntityType.DIAGNOSIS));
    // severity adverbs stay outside; hyphenated kind words joined by a comma stay in
    assertEquals(List.of("comminuted fracture of the left ulna="),
        found("DIAGNOSIS: Markedly comminuted fracture of the left ulna.", EntityType.DIAGNOSIS));
    assertEquals(List.of("partial-thickness, high-grade tear of the infraspinatus tendon="),
        found("She has pain attributed to a partial-thickness, high-grade tear of the infraspinatus tendon.", EntityType.DIAGNOSIS));
    // coordinated sites share the head; "of a" opens the site after the head
    assertEquals(List.of("right hip and right buttock pain="),
        found("He is being treated for right hip and right buttock pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of("fracture of a distal radius="),
        found("She was treated for a fracture of a distal radius.", EntityType.DIAGNOSIS));
    // pain rated on a scale, a goal of care, a complaint with a duration between: symptoms
    assertEquals(List.of(), found("He came for follow up of left hip pain rated 5/10.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("The medication is prescribed for her to walk and reduce neck pain.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("She has been complaining for two years of low back pain.", EntityType.DIAGNOSIS));
    // the operative narrative: the lesion operated on is not a mention; a lesion word qualifying a head stays
    String op = "PREOPERATIVE DIAGNOSIS: Right fifth metacarpal fracture.\nDESCRIPTION OF PROCEDURE: The base of his fifth"
        + " metacarpal fracture was reduced and pinned.\n";
    assertEquals(List.of("Right fifth metacarpal fracture="), found(op, EntityType.DIAGNOSIS));
    // electrodiagnostic and radiologic results are the study's findings
    assertEquals(List.of(), found("The study was negative for electrodiagnostic evidence of carpal tunnel syndrome.",
        EntityType.DIAGNOSIS));
  }

  @Test
  void noteHeadingsInTitleCaseAndListItemsWithoutAHeadNoun() {
    // a note's title-case headings open the same sections: a past history lists conditions, a family history is the family's
    String note = "Chief Complaint: Back pain.\nPast Medical History: Hypertension, Peripheral vascular disease.\n"
        + "Family History: Negative for diabetes or kidney disease.\n";
    assertEquals(List.of("Hypertension=", "Peripheral vascular disease="), found(note, EntityType.DIAGNOSIS));
    // not in an IMR letter, whose summary quotes such words inside its own text
    String letter = "Case Number: CM16-0000001\nCLINICAL CASE SUMMARY\nFamily History: Negative for diabetes.\n";
    assertEquals(List.of("diabetes=negated"), found(letter, EntityType.DIAGNOSIS));
    // what a note's laboratory or study section reports is a finding
    assertEquals(List.of(), found("HISTORY OF PRESENT ILLNESS: He fell.\nLABS: The patient had a leukocytosis.\n", EntityType.DIAGNOSIS));
    // every item of a list under a DIAGNOSIS heading is a condition, with or without a head noun from the lexicons;
    // "Same" and the operation list that follows are not
    String op = "PREOPERATIVE DIAGNOSES:,1.  Painful enlarged navicula, right foot.,2.  Osteochondroma of right fifth metatarsal."
        + ",POSTOPERATIVE DIAGNOSES:,  Same.,OPERATIVE PROCEDURES,1.  Excision of navicula, right foot.\n";
    assertEquals(List.of("Painful enlarged navicula, right foot=", "Osteochondroma of right fifth metatarsal="),
        found(op, EntityType.DIAGNOSIS));
    assertEquals(List.of("Right failed total knee arthroplasty="),
        found("PREOPERATIVE DIAGNOSIS:,  Right failed total knee arthroplasty.,PROCEDURE PERFORMED: , Revision.\n", EntityType.DIAGNOSIS));
    // an item the head-noun rules find keeps their span; a status and a pointer are no item
    assertEquals(List.of("Herniated nucleus pulposus at L4-L5="),
        found("DIAGNOSIS: Herniated nucleus pulposus at L4-L5 bilaterally.\n", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("DIAGNOSES:,1.  Status post revision.,2.  See neurology consultation.\n", EntityType.DIAGNOSIS));
    // an assessment is not a list of items: its sentences are read by the head-noun rules only
    assertEquals(List.of(), found("ASSESSMENT: Doing well after the operation.\n", EntityType.DIAGNOSIS));
  }

  /** Traps found on review: cue words that name no work, counted studies, therapy sessions, cue rows. */
  @Test
  void workWordsParagraphsCountedStudiesSessionsAndCueRows() {
    // "occupational therapy" and a cognitive "impairment" tie nothing to work; an impairment rating does
    assertEquals(List.of(), found("She fell in an accident on 5/2/2010. She is in occupational therapy.", EntityType.INJURY_DATE));
    assertEquals(List.of(), found("He has mild cognitive impairment. He fell in an accident on 5/2/2010.", EntityType.INJURY_DATE));
    assertEquals(List.of("5/2/2010=2010-05-02"),
        found("Her whole person impairment rating is 5%. He fell in an accident on 5/2/2010.", EntityType.INJURY_DATE));
    assertEquals(List.of("5/2/2010=2010-05-02"), found("Decision rationale: She was hurt in an accident on 5/2/2010.\n", EntityType.INJURY_DATE));
    // a counted study keeps its one date, and loses it with two, whether the count is a word or a digit
    assertEquals(List.of("EEGs=2001-05-03,OTHER"), found("He had two EEGs on May 3, 2001.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("EEGs=OTHER"), found("He had 2 EEGs on May 3, 2001 and June 9, 2001.", EntityType.PRIOR_STUDY));
    assertEquals(List.of("MRI of the C & T spine=MRI"), found("MRI of the C & T spine showed mild stenosis.", EntityType.PRIOR_STUDY));
    // ultrasound counted in sessions is a treatment
    assertEquals(List.of(), found("He had 6 sessions of ultrasound and massage.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("Physical therapy with ultrasound x 6 was completed.", EntityType.IMAGING_MODALITY));
    // a strength range that goes down is no grade
    assertEquals(List.of(), found("He had 4+ to 4- strength.", EntityType.MOTOR_GRADE));
    // ConText rows: a threatened condition, "felt to be", "nor" carrying a negation, and a hedged effect whose cause stays present
    assertEquals(List.of("compartment syndrome=possible"), found("He is treated for imminent compartment syndrome.", EntityType.DIAGNOSIS));
    assertEquals(List.of("cervical radiculopathy=possible"),
        found("He was diagnosed with what was felt to be cervical radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("lumbar strain=", "myelopathy=negated", "radiculopathy=negated"),
        found("He is treated for lumbar strain and has no myelopathy nor radiculopathy.", EntityType.DIAGNOSIS));
    assertEquals(List.of("diabetes="), found("The findings suggest early dementia or possibly the effects of diabetes.", EntityType.DIAGNOSIS));
  }
}
