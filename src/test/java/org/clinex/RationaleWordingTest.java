package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of an IMR letter's decision rationale, where the reviewer's statements about this patient are
 * interleaved with guideline text. Letters no rule had seen scored far lower in their rationales than in
 * their summaries (README, Quality), so these texts are written from the way reviewers write, not copied
 * from a letter; each pairs a statement about the patient with its guideline-voice trap.
 */
class RationaleWordingTest {
  private static List<String> inRationale(String sentence) {
    return found("IMR ISSUES, DECISIONS AND RATIONALES\nDecision rationale: " + sentence, EntityType.DIAGNOSIS);
  }

  @Test
  void theProviderSuspectsACondition() {
    assertEquals(List.of("recurrent disc herniation=possible"), inRationale("The provider suspects a recurrent disc herniation."));
  }

  @Test
  void thePatientsConditionWithItsSite() {
    assertEquals(List.of("osteoarthritis of the right knee="),
        inRationale("The patient's osteoarthritis of the right knee has failed conservative care."));
  }

  @Test
  void thisPatientWithAConditionNotPatientsWithIt() {
    assertEquals(List.of("rotator cuff tear="), inRationale("This patient with a rotator cuff tear has not had physical therapy."));
    assertEquals(List.of(), inRationale("Patients with a rotator cuff tear may benefit from surgery."));
  }

  @Test
  void notedToHaveADiseaseNotPainComplaints() {
    assertEquals(List.of("rotator cuff tear="), inRationale("The worker was noted to have a rotator cuff tear."));
    assertEquals(List.of(), inRationale("The patient was noted to have left knee pain complaints."));
  }

  @Test
  void whatAGuidelineRecommendsATreatmentForIsNoDiagnosis() {
    assertEquals(List.of(), inRationale("Opioids are not recommended as first-line therapy for neuropathic pain."));
    assertEquals(List.of(), inRationale("Zolpidem is approved for the short-term treatment of insomnia."));
    assertEquals(List.of(), inRationale("Lidocaine patches are recommended for localized peripheral pain after evidence of a trial "
        + "of first-line therapy for neuropathy."));
    assertEquals(List.of("lumbar radiculopathy="), inRationale("Physical therapy is recommended for this patient's lumbar radiculopathy."));
    assertEquals(List.of("radiculopathy=possible"),
        inRationale("An MRI was recommended by the treating physician to rule out radiculopathy."));
  }

  @Test
  void aTreatmentsUseStatedInGeneralIsNoDiagnosis() {
    assertEquals(List.of(), inRationale("NSAIDs are the traditional first line of treatment for osteoarthritis."));
    assertEquals(List.of(), inRationale("It is considered a first-line treatment for neuropathic pain."));
    assertEquals(List.of(), inRationale("Sleep aids are used for the short-term treatment of insomnia."));
    assertEquals(List.of("lumbar radiculopathy="), inRationale("The provider is in the early stage of treatment of the patient for lumbar radiculopathy."));
    assertEquals(List.of("epicondylitis="), inRationale("She is noted to have had prior physical therapy for her epicondylitis."));
  }

  @Test
  void aConditionNamedBeforeWhatIsSaidOfIt() {
    assertEquals(List.of("Radiculopathy=negated"), inRationale("Radiculopathy was not documented on physical examination."));
    assertEquals(List.of("meniscal tear=possible"), inRationale("A meniscal tear cannot be ruled out."));
    assertEquals(List.of("Lumbar radiculopathy=negated"), inRationale("Lumbar radiculopathy has been ruled out by EMG."));
  }

  @Test
  void aDiagnosisNeverMadeACauseOfferedAndAnOpenQuestion() {
    assertEquals(List.of("complex regional pain syndrome=negated"),
        inRationale("The patient has not been diagnosed with complex regional pain syndrome."));
    assertEquals(List.of("fibromyalgia=negated"), inRationale("The records do not show that the patient has fibromyalgia."));
    assertEquals(List.of("brachial plexus injury=possible", "cervical radiculopathy=possible"),
        inRationale("Decreased wrist strength could be due to a brachial plexus injury or cervical radiculopathy."));
    assertEquals(List.of("carpal tunnel syndrome=possible"), inRationale("It is unclear whether the patient has carpal tunnel syndrome."));
    // "likely due to" hedges the link, not an established condition (dev gold: "Thrombocytopenia likely due to cirrhosis").
    assertEquals(List.of("cirrhosis="), found("ASSESSMENT: Thrombocytopenia likely due to cirrhosis.", EntityType.DIAGNOSIS).subList(1, 2));
  }

  @Test
  void aDiseaseNamedAfterAPainInTheSameBreath() {
    assertEquals(List.of("right-sided sciatica="),
        inRationale("According to the medical record, this worker has low back pain and right-sided sciatica."));
    assertEquals(List.of(), inRationale("He has neck pain and headaches."));
  }

  @Test
  void aConditionAtASiteNamedByAnatomy() {
    assertEquals(List.of("DVT in the left calf="), found("During rehabilitation he did have a DVT in the left calf.", EntityType.DIAGNOSIS));
  }
  @Test
  void aConditionExcludedOrNotEstablishedIsNegated() {
    assertEquals(List.of("Helicobacter pylori infection=negated"), inRationale("Helicobacter pylori infection was excluded by stool antigen testing."));
    assertEquals(List.of("Deep venous thrombosis=negated", "cellulitis=negated"), inRationale("Deep venous thrombosis and cellulitis were excluded."));
    assertEquals(List.of("chronic migraine=negated"), inRationale("A diagnosis of chronic migraine is not established by the headache diary."));
    assertEquals(List.of("Glaucoma=negated"), inRationale("Glaucoma has not developed, and the intraocular pressure is normal."));
    // A request's necessity is no condition, and "X has not been diagnosed" keeps its own cue.
    assertEquals(List.of(), inRationale("Medical necessity for the requested lumbar fusion has not been established."));
    assertEquals(List.of("complex regional pain syndrome=negated"),
        inRationale("The examinee has not been diagnosed with complex regional pain syndrome, and nothing in the records suggests it."));
  }

  @Test
  void theIndividualsOrApplicantsConditionAndAHeadOfTwoWords() {
    assertEquals(List.of("rotator cuff tear="), inRationale("This individual's rotator cuff tear is documented by weakness of elevation."));
    assertEquals(List.of("obesity="), inRationale("The applicant's obesity might prolong recovery."));
    assertEquals(List.of("diabetes mellitus=", "hypertension="), inRationale("He also has diabetes mellitus and hypertension."));
  }

  @Test
  void aConditionTheRecordsDescribeOrOpenWith() {
    assertEquals(List.of("gastroesophageal reflux disease="),
        inRationale("The gastroenterology consultation documents gastroesophageal reflux disease that began after months of naproxen."));
    assertEquals(List.of("right shoulder tendinitis="), inRationale("This claimant was injured in November. There was a right shoulder tendinitis."));
    assertEquals(List.of("unstable wrist fracture="), inRationale("With an unstable wrist fracture, manipulation of the wrist would be inappropriate."));
    assertEquals(List.of("normal pressure hydrocephalus=possible"), inRationale("The neurologist raised the question of normal pressure hydrocephalus."));
    // "no question" affirms.
    assertEquals(List.of("fibromyalgia="), inRationale("There is no question that this injured worker's fibromyalgia can benefit from exercise."));
  }

  @Test
  void criteriaAndWhatATestOrDrugDoesAreNoDiagnoses() {
    assertEquals(List.of(), inRationale("Echocardiography is appropriate for the initial evaluation of suspected hypertensive heart disease."));
    assertEquals(List.of(), inRationale("Tramadol lowers the seizure threshold."));
    assertEquals(List.of(), inRationale("Nerve conduction studies are more useful where a peripheral neuropathy is suspected."));
    assertEquals(List.of(), inRationale("UpToDate recommends antiseizure treatment for late post-traumatic seizures."));
    assertEquals(List.of(), inRationale("Clinicians should determine if the patient is at risk for gastrointestinal events: (1) age > 65 years; "
        + "(2) history of peptic ulcer, GI bleeding or perforation; (3) concurrent use of ASA."));
    // A guideline's criteria for a test (ODG's knee MRI, met in two dev letters); the patient's own tear stays.
    assertEquals(List.of(), inRationale("With these criteria and the physician's suspicion of meniscal or ligament tear, an MRI may"
        + " be helpful with diagnosing."));
    assertEquals(List.of("meniscal tear=possible"), inRationale("The physician's suspicion of a meniscal tear is documented."));
  }
  @Test
  void aPainNamedByItsKindIsAConditionTheRecordsDoNotShow() {
    // SCHEMA's own example of a negated Diagnosis.
    assertEquals(List.of("neuropathic pain=negated"), inRationale("There is no evidence of neuropathic pain on examination."));
    // A pain the patient denies is a symptom, whatever its kind, and so are denied symptoms in a list.
    assertEquals(List.of(), found("He reports neck pain but denies radicular pain in his arm.", EntityType.DIAGNOSIS));
    assertEquals(List.of(), found("The injured worker denied tinnitus, ear discharge, nausea, vomiting or dizziness.", EntityType.DIAGNOSIS));
  }
  @Test
  void whatTheRecordsDoNotCorroborateOrSuggestAndADiagnosisNotMade() {
    assertEquals(List.of("Inflammatory arthritis=negated"), inRationale("The records were reviewed. Inflammatory arthritis has not been diagnosed."));
    assertEquals(List.of("S1 radiculopathy=negated"), inRationale("The records were reviewed. S1 radiculopathy is not corroborated on the current examination."));
    assertEquals(List.of("hydrocephalus=negated"), inRationale("The records were reviewed. Nothing in the records suggests hydrocephalus."));
  }

  @Test
  void aDiseaseThePatientPresentedWithOrTheExaminerAccepted() {
    assertEquals(List.of("intraventricular hemorrhage="), inRationale("In 12/92 she presented with an intraventricular hemorrhage."));
    assertEquals(List.of(), inRationale("She presented with neck pain."));
    assertEquals(List.of("lumbar radiculopathy="), inRationale("The AME accepted lumbar radiculopathy as a compensable consequence."));
  }

  @Test
  void conditionsThePatientHasNoneOf() {
    assertEquals(List.of("peptic ulcer disease=negated"), inRationale("He is 46 years old and has no peptic ulcer disease or GI bleeding in his history."));
    assertEquals(List.of("coronary artery disease=negated", "stroke=negated", "heart failure=negated"),
        inRationale("She has no coronary artery disease, stroke or heart failure."));
    assertEquals(List.of("opioid use disorder=negated"), inRationale("The prescriber states that there is no opioid use disorder."));
    // A symptom the patient has not got is no condition, and a population is no patient.
    assertEquals(List.of(), inRationale("He has no pain at rest."));
    assertEquals(List.of(), inRationale("Patients who have no history of peptic ulcer disease may take it."));
  }

  @Test
  void aConditionWhoseOrPtsAndAQuotedEntryOfTheRecords() {
    assertEquals(List.of("sleep apnea="), inRationale("The specialist doubts it in a man whose sleep apnea is undertreated."));
    assertEquals(List.of("PTSD="), inRationale("Her therapist writes, \"Pt's PTSD responding.\""));
    assertEquals(List.of("gastritis="), inRationale("The requesting physician lists \"gastritis, per patient\" among the diagnoses."));
    assertEquals(List.of("muscle spasm of back="), inRationale("The assessment of 01/10/2017 carries \"muscle spasm of back\" (M62.830)."));
    assertEquals(List.of(), inRationale("ODG states \"opioids for neuropathic pain are not first-line\"."));
  }

  @Test
  void whatIsSaidAfterAConditionGivesItsAssertion() {
    assertEquals(List.of("left insertional Achilles tendinopathy=possible"),
        inRationale("The podiatrist documents that left insertional Achilles tendinopathy is also suspected."));
    assertEquals(List.of("obstructive sleep apnea=possible"), inRationale("There are witnessed apneas; obstructive sleep apnea has not been excluded."));
    assertEquals(List.of("Peroneal tendinopathy=negated"), inRationale("Peroneal tendinopathy is no longer considered."));
    assertEquals(List.of("Facet syndrome=possible"), inRationale("Facet syndrome remains a presumptive diagnosis."));
    assertEquals(List.of("Congestive heart failure=negated"), inRationale("Congestive heart failure has never been suspected by any examiner."));
    assertEquals(List.of("left median neuropathy=negated"), inRationale("The latencies were normal, so a left median neuropathy was not confirmed."));
    assertEquals(List.of("OSA="), inRationale("The records show OSA, diagnosed on a sleep study in 2015."));
    assertEquals(List.of("obstructive sleep apnea=possible"), inRationale("The internist's note reads \"obstructive sleep apnea, probable,\" with a high score."));
    // A hedge after a comma that opens the next item hedges that item.
    assertEquals(List.of("lumbar strain=", "disc herniation=possible"), found("DIAGNOSES: Lumbar strain, probable disc herniation.", EntityType.DIAGNOSIS)
        .stream().map(f -> f.replace("Lumbar", "lumbar")).toList());
  }

  @Test
  void aDifferentialAndARaisedPossibilityAreHedges() {
    assertEquals(List.of("SI joint dysfunction=possible", "femoroacetabular impingement=possible"),
        inRationale("The differential includes SI joint dysfunction and femoroacetabular impingement."));
    assertEquals(List.of("labral tear of the right hip=possible"), inRationale("The same note raises the possibility of a labral tear of the right hip."));
    // In a note a study raises possibilities: that is its reading.
    assertEquals(List.of(), found("FINDINGS: It also raised the possibility of instability.", EntityType.DIAGNOSIS));
  }

  @Test
  void aStageAKindAndTheRestOfAHeadOfMoreWords() {
    assertEquals(List.of("hepatitis C=", "CKD stage 3a="), inRationale("The IW has a documented history of hepatitis C and CKD stage 3a."));
    assertEquals(List.of("chronic kidney disease, stage 3b="), inRationale("Her chronic kidney disease, stage 3b, is stable."));
    assertEquals(List.of("adjustment disorder with mixed anxiety and depressed mood="),
        inRationale("The psychologist treated her for an adjustment disorder with mixed anxiety and depressed mood."));
    assertEquals(List.of("Carpal tunnel syndrome=negated"), inRationale("Carpal tunnel syndrome was excluded."));
    // The last word of a head term that is a body part or a vague word names no disease.
    assertEquals(List.of(), inRationale("The patient was noted to have right shoulder pain complaints."));
    assertEquals(List.of(), inRationale("The injured worker presented with hearing loss over the past year."));
    // The injury of a year is the claimed event.
    assertEquals(List.of("radiculopathy="), inRationale("He has had radiculopathy since the 2013 injury."));
  }

  @Test
  void consistentWithHedgesInALetterAndReportsAResultInANote() {
    // dev gold: "the applicant's presentation was consistent with impingement syndrome" is possible.
    assertEquals(List.of("impingement syndrome=possible"),
        inRationale("The attending provider stated that the applicant's presentation was consistent with impingement syndrome."));
    assertEquals(List.of("carpal tunnel syndrome=negated"),
        inRationale("Physical exam revealed no evidence of clinical signs consistent with carpal tunnel syndrome."));
    // A study's findings stay its result in a letter, and a note reports results with the same words.
    assertEquals(List.of("medial compartment osteoarthritis="),
        inRationale("Her imaging findings are consistent with advanced medial compartment osteoarthritis."));
    assertEquals(List.of("carpal tunnel syndrome="), found("IMPRESSION: The study is consistent with carpal tunnel syndrome.", EntityType.DIAGNOSIS));
  }

  @Test
  void roundFourteenWordingsWithoutATrapTestOfTheirOwn() {
    // An injury of a year is the claimed event; a checklist or a drug's abuse potential names no condition.
    assertEquals(List.of("thoracic strain="), inRationale("She was treated for thoracic strain after a pallet-jack injury in 2015."));
    assertEquals(List.of(), inRationale("Her PTSD Checklist score fell from 58 to 31."));
    assertEquals(List.of(), inRationale("Given the abuse potential the guideline describes, a taper is advised."));
    // Notes that refer to a condition; an exclusion after a semicolon; what the record does not suggest; hedges after the name.
    assertEquals(List.of("major depressive disorder="), inRationale("The pain physician's notes refer to a major depressive disorder managed by the internist."));
    assertEquals(List.of("Helicobacter pylori infection=negated"), inRationale("The stool antigen was negative; Helicobacter pylori infection was excluded."));
    assertEquals(List.of("cervical myelopathy=negated"), inRationale("Nothing in the record suggests cervical myelopathy."));
    assertEquals(List.of("left carpal tunnel syndrome=possible"), inRationale("The hand surgeon lists left carpal tunnel syndrome as probable."));
    assertEquals(List.of("ulnar neuropathy=possible"), inRationale("The examiner felt he may have a slight ulnar neuropathy."));
  }

  @Test
  void roundNineteenWordingsOfSyntheticLetters() {
    // A condition the patient has, said to be established; conditions joined by "together with" or "as well as".
    assertEquals(List.of("radiculopathy="), inRationale("The injured worker has documented radiculopathy on examination."));
    assertEquals(List.of("insomnia=", "major depression=", "generalized anxiety disorder="),
        inRationale("The claimant has insomnia together with major depression and generalized anxiety disorder."));
    // What the records document; a condition treated or repaired.
    assertEquals(List.of("osteoarthritis of the right knee="),
        inRationale("In early 2016 her surgeon was documenting osteoarthritis of the right knee."));
    assertEquals(List.of("left knee meniscal tear="), inRationale("The left knee meniscal tear was repaired in 2015."));
    // What an operation or a guideline names stays out.
    assertEquals(List.of(), inRationale("The guideline states that a meniscal tear was treated with surgery in most trials."));
    assertEquals(List.of("hypertension=", "type 2 diabetes="), inRationale("The claimant has hypertension as well as type 2 diabetes."));
    assertEquals(List.of("plantar fasciitis="), inRationale("The plantar fasciitis was managed with orthotics and stretching."));
    // A symptom said to be treated is no condition named this way.
    assertEquals(List.of(), inRationale("The low back pain was treated with physical therapy."));
  }

  /** Round twenty (synthetic round seven): the condition a treatment is weighed against. */
  @Test
  void theConditionATreatmentIsWeighedAgainst() {
    assertEquals(List.of("depression=", "generalized anxiety="),
        inRationale("Trazodone is prescribed for sleep in the setting of depression and generalized anxiety."));
    assertEquals(List.of("gastritis="), inRationale("He could not continue NSAIDs because of his gastritis."));
    assertEquals(List.of("osteoporosis="), inRationale("A vitamin D level is reasonable given the osteoporosis."));
    assertEquals(List.of("gastroesophageal reflux disease=", "hypertension="),
        inRationale("Her other medical problems are gastroesophageal reflux disease and hypertension."));
    assertEquals(List.of(), inRationale("Head elevation is advised because of congestive heart failure or aspiration."),
        "guideline voice: no possessive");
    assertEquals(List.of(), inRationale("The Repeatable Battery for the Assessment of Neuropsychological Status was given."));
  }

  @Test
  void aConditionATestFoundAbsentOrExcluded() {
    assertEquals(List.of("neurocognitive disorder=negated"), inRationale("Psychological testing found no neurocognitive disorder."));
    assertEquals(List.of(), inRationale("The x-rays found no fracture."), "a study's reading");
    assertEquals(List.of("cervical radiculopathy=negated", "ulnar neuropathy=negated"),
        inRationale("The EMG excluded a cervical radiculopathy and also excluded an ulnar neuropathy, so the request is denied."));
    assertEquals(List.of("Barrett's esophagus=possible"), inRationale("The provider's concern for Barrett's esophagus rests on symptoms."));
  }

  /** Round twenty-one: what a drug's continuation needs, and what a test is good for, in guideline voice. */
  @Test
  void anImprovementNotShownAndWhatATestIsGoodFor() {
    assertEquals(List.of(), inRationale("There is no documentation of pain relief with use of the medication, improved symptoms of"
        + " depression/anxiety, and objective functional improvement."));
    assertEquals(List.of("depression=negated"), inRationale("Review of systems revealed no evidence of depression."));
    assertEquals(List.of(), inRationale("There is insufficient evidence to support the routine use of thermography for diagnosis of CRPS."));
    assertEquals(List.of(), inRationale("The study is not needed if the diagnosis is clinically obvious; NCV testing is not helpful in"
        + " demonstrating a radiculopathy."));
    assertEquals(List.of(), inRationale("Imaging does not have a role in emergent management of hand wounds."));
    assertEquals(List.of("complex regional pain syndrome of the right hand="), inRationale("Thermography is not used for diagnosis"
        + " of CRPS, and the treating physician diagnosed complex regional pain syndrome of the right hand."));
  }

  @Test
  void theInjuryWithoutAKindOrSiteAfterAStatusOrASeverity() {
    assertEquals(List.of(), inRationale("At the time of the review (less than 3 months s/p injury), the opioid was continued."));
    assertEquals(List.of(), inRationale("There is no evidence of severe injury."));
    assertEquals(List.of("head injury=negated"), inRationale("There is no evidence of severe head injury."));
  }
}
