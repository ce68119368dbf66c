package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings met in round sixteen's error lists: how reviewers and clinicians summarize the records (the synthetic
 * round four and the scratch notes of eval/scratch/notes20), and the traps next to them. The texts are written for
 * these tests.
 */
class RecordSummaryWordingTest {
  private static List<String> diagnoses(String text) {
    return found(text, EntityType.DIAGNOSIS);
  }

  @Test
  void diagnosesNamedWithTheirSourceBeforeTheColon() {
    assertEquals(List.of("left S1 radiculopathy=", "chronic low back pain=", "lumbar facet arthropathy=possible"),
        diagnoses("Dx per PTP (PR-2 of 07/15/2019): left S1 radiculopathy; chronic low back pain; r/o lumbar facet arthropathy."));
    assertEquals(List.of("chronic posttraumatic stress disorder=", "insomnia disorder="),
        diagnoses("Diagnoses (04/04/2019 psychiatrist report): chronic posttraumatic stress disorder; insomnia disorder."));
    assertEquals(List.of("bilateral carpal tunnel syndrome="),
        diagnoses("The PR-2 of 04/18/2017 lists the diagnoses as bilateral carpal tunnel syndrome."));
  }

  @Test
  void whatARecordListsOrAPhysicianTreated() {
    assertEquals(List.of("post-concussive syndrome=", "post-traumatic headache=", "vestibular dysfunction="),
        diagnoses("The progress report lists post-concussive syndrome, post-traumatic headache and vestibular dysfunction."));
    assertEquals(List.of("post-concussion syndrome="),
        diagnoses("An occupational medicine physician treated him for post-concussion syndrome and kept him off work."));
    assertEquals(List.of("low back pain=", "lumbar spondylosis="),
        diagnoses("She had seen Dr. XYZ with low back pain, lumbar spondylosis, and had injections."));
    assertEquals(List.of("chronic back pain="),
        diagnoses("He was placed on amitriptyline by his PCP for his chronic back pain."));
    // A record that lists medications or complaints names no condition.
    assertEquals(List.of(), diagnoses("The progress report lists Norco, Flexeril and Lidoderm patches."));
  }

  @Test
  void historyNotableForAndTheFamilysHistory() {
    assertEquals(List.of("asthma=", "obesity="), diagnoses("His medical history is notable only for asthma and obesity."));
    assertEquals(List.of("hypothyroidism=", "prediabetes="),
        diagnoses("Her history is otherwise notable for hypothyroidism and prediabetes."));
    assertEquals(List.of("type 2 diabetes="), diagnoses("History is significant for type 2 diabetes for 12 years."));
    assertEquals(List.of(), diagnoses("Family history is notable for diabetes and hypertension."));
  }

  @Test
  void narrativeConditionsWithTheirLevelAndAResidualOne() {
    assertEquals(List.of("degenerative spondylolisthesis, L4 on L5=", "lumbar spinal stenosis="),
        diagnoses("She has degenerative spondylolisthesis, L4 on L5, with lumbar spinal stenosis at the same level."));
    assertEquals(List.of("left carpal tunnel syndrome="),
        diagnoses("Her residual left carpal tunnel syndrome is awaiting a decision about surgery."));
    // "symptomatic" opens the mark but, a status word, stays outside the span.
    assertEquals(List.of("partial epilepsy="), diagnoses("She has symptomatic partial epilepsy since childhood."));
  }

  @Test
  void conditionsExcludedOrNeverHad() {
    assertEquals(List.of("Normal pressure hydrocephalus=negated"),
        diagnoses("Normal pressure hydrocephalus was felt to be excluded."));
    assertEquals(List.of("seizure=negated"), diagnoses("He has never had a seizure."));
    assertEquals(List.of("cervical radiculopathy=negated"),
        diagnoses("The same study ruled out a cervical radiculopathy."));
    assertEquals(List.of("radial tunnel syndrome=negated"),
        found("CLINICAL CASE SUMMARY\nThere is no suggestion of radial tunnel syndrome.", EntityType.DIAGNOSIS));
  }

  @Test
  void hedgesAfterAndBeforeTheCondition() {
    assertEquals(List.of("SLE=possible"), diagnoses("Rheumatology felt that a diagnosis of SLE was likely."));
    assertEquals(List.of("peripheral neuropathy=possible"),
        diagnoses("He also appears to have a mild peripheral neuropathy, which I suspect is independent."));
    assertEquals(List.of("Focal seizure=possible", "complicated migraine=possible"),
        diagnoses("IMPRESSION: Focal seizure and complicated migraine remain in the differential."));
    assertEquals(List.of("Occult left scaphoid fracture=possible"),
        diagnoses("DIAGNOSES: 1. Occult left scaphoid fracture, not excluded given snuffbox tenderness."));
  }

  @Test
  void hedgesThatWeighOrLookFor() {
    assertEquals(List.of("vitamin B12 deficiency=possible"),
        diagnoses("IMPRESSION: A contribution from vitamin B12 deficiency related to metformin use is considered."));
    assertEquals(List.of("Heel pain=", "space-occupying lesion=possible"),
        diagnoses("IMPRESSION: Heel pain. An MRI will be requested to look for a space-occupying lesion."));
    assertEquals(List.of("sensory neuropathy=possible", "ganglionopathy=possible"),
        diagnoses("ASSESSMENT: He either has a severe sensory neuropathy or a ganglionopathy."));
    // "never had" negates a condition, and what the patient never had that is no condition is no mention.
    assertEquals(List.of(), diagnoses("He has never had surgery on the knee."));
  }

  @Test
  void aListOfDiagnosesBeforeTheHospitalization() {
    assertEquals(List.of("Opioid use=", "Gastroesophageal reflux disease="),
        diagnoses("DIAGNOSES PRIOR TO HOSPITALIZATION:,1.  Opioid use.,2.  Gastroesophageal reflux disease."));
  }

  @Test
  void anAssessmentListWithoutItsColon() {
    assertEquals(List.of("Lumbar muscle strain=", "Chronic back pain="),
        diagnoses("He is agreeable to this.,ASSESSMENT,1.  Lumbar muscle strain.,2.  Chronic back pain.,PLAN: , Rest."));
  }
}
