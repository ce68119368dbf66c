package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings met in round fifteen's scratch notes (eval/scratch/notes28: neurology, orthopedic and
 * chiropractic notes read by four annotators) and the traps next to them. The texts are written for these tests.
 */
class NeurologyNoteWordingTest {
  private static List<String> studies(String text) {
    return found(text, EntityType.PRIOR_STUDY);
  }

  private static List<String> diagnoses(String text) {
    return found(text, EntityType.DIAGNOSIS);
  }

  @Test
  void evokedPotentialsAndSwallowStudiesAreStudies() {
    assertEquals(List.of("Left tibial somatosensory evoked potential=OTHER"),
        studies("Left tibial somatosensory evoked potential was abnormal."));
    assertEquals(List.of("SSEPs=OTHER"), studies("SSEPs were normal."));
    assertEquals(List.of("Cookie swallow study=OTHER"), studies("Cookie swallow study was unremarkable."));
    // A nerve conduction study's evoked response is one of its measures, not a study.
    assertEquals(List.of(), studies("Motor distal latencies and evoked response amplitudes were normal."));
    // The vessel count is the angiogram's kind and in its name (round seventeen: notes24's and notes28's annotators both).
    assertEquals(List.of("3 Vessel cerebroangiogram=1992-08-31,OTHER"),
        studies("3 Vessel cerebroangiogram, 8/31/92: fusiform aneurysm of a distal branch."));
  }

  @Test
  void contrastWrittenWithASlash() {
    assertEquals(List.of("CT=CT"), studies("CT w/o contrast revealed a mass."));
    assertEquals(List.of("MRI of the lumbar spine=MRI"), studies("MRI of the lumbar spine w/o contrast showed a disc bulge."));
    assertEquals(List.of("BRAIN CT=1989-02-13,CT", "MRI ORBITS=1989-04-26,MRI"),
        studies("BRAIN CT W/CONTRAST, 2/13/89:, Enhancing lesion. MRI ORBITS W/ AND W/OUT GADOLINIUM CONTRAST, 4/26/89:, 7x3mm lesion."));
  }

  @Test
  void studiesInListsAndWithTheirResult() {
    assertEquals(List.of("Renal Ultrasound=ULTRASOUND", "abdominal/pelvic CT=CT"),
        studies("Renal Ultrasound, abdominal/pelvic CT, renal function scan, serum and urine osmolality, urine studies were unremarkable."));
    assertEquals(List.of("MRI=MRI", "CT of the chest=CT", "CT of the abdomen=CT"),
        studies("MRI and CT of the chest and CT of the abdomen showed no evidence of lymphoma."));
    // "in 8/95" dates the study of that visit (round seventeen: a month and year after a word of time is a date).
    assertEquals(List.of("Carotid Doppler=1995-08,ULTRASOUND"), studies("Seen at Mayo in 8/95: Carotid Doppler (+) but non-surgical."));
    assertEquals(List.of("x-ray=XRAY"), studies("I reset her shunt and confirmed it with an x-ray."));
    assertEquals(List.of("barium swallow study=OTHER"), studies("Aspiration was confirmed on a barium swallow study."));
    assertEquals(List.of("MRI scan=MRI"), studies("His MRI scan raises the question of hydrocephalus."));
    assertEquals(List.of("MRI=MRI"), studies("Signal changes were seen previously on her local MRI."));
  }

  @Test
  void xrAbbreviationButNotExtendedRelease() {
    assertEquals(List.of("Skull XR=XRAY"), studies("PT, PTT, CBC, UA and Skull XR were negative."));
    assertEquals(List.of("XR=XRAY"), found("XR lumbar spine was ordered.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of(), found("He takes Effexor XR 150 mg daily and Seroquel XR at night.", EntityType.IMAGING_MODALITY));
  }

  @Test
  void conditionsInANarrativeHistory() {
    assertEquals(List.of("pseudotumor cerebri="), diagnoses("The patient is a 38-year-old woman with pseudotumor cerebri."));
    assertEquals(List.of("HTN="), diagnoses("HX: This 46 y/o RHM with HTN was well until 2 weeks prior."));
    assertEquals(List.of("migraines="), diagnoses("She began to experience migraines at 11 years of age."));
    assertEquals(List.of("postpartum depression="), diagnoses("Her medical history is also significant for postpartum depression."));
    // A relative's history stays out with "also" as without it.
    assertEquals(List.of(), diagnoses("His family medical history is also significant for diabetes."));
    assertEquals(List.of("chronic headaches="),
        diagnoses("She follows with Dr. Y for medical management of her chronic headaches."));
    assertEquals(List.of("Hypertension=", "Vitamin B12 deficiency="), diagnoses("PMH: 1) Hypertension, 2) Vitamin B12 deficiency."));
  }

  @Test
  void aDrugOrAnAdmissionForADiseaseButNotForASymptom() {
    assertEquals(List.of("bipolar disorder="), diagnoses("She had resumed taking her Trileptal for bipolar disorder."));
    assertEquals(List.of("pneumonia="), diagnoses("He was hospitalized for pneumonia in 2010."));
    assertEquals(List.of(), diagnoses("She also takes Imitrex occasionally for headache complaints."));
  }

  @Test
  void anOperativeFindingIsNoDiagnosis() {
    // SCHEMA: operative findings are not annotated.
    assertEquals(List.of(), diagnoses("PROCEDURE IN DETAIL: Dorsal capsulotomy was made and local synovitis was identified."));
  }

  @Test
  void aDifferentialToConsider() {
    assertEquals(List.of("Cord lesion=", "transverse myelitis=possible", "tumor=possible", "ischemic lesion=possible"),
        diagnoses("IMPRESSION: Cord lesion. Consider a transverse myelitis, tumor or ischemic lesion."));
    assertEquals(List.of("atypical Guillain-Barre=possible", "polyradiculopathy=possible"),
        diagnoses("She was diagnosed with atypical Guillain-Barre vs. polyradiculopathy."));
  }
  /** Written from clinical knowledge after reading the round's studies; "No fracture" under a study heading is its result. */
  @Test
  void echocardiogramAbbreviationsCoordinatedCarotidStudiesAndAHeadingWithItsResult() {
    assertEquals(List.of("2D echo=ULTRASOUND"), studies("2D echo showed an ejection fraction of 50%."));
    assertEquals(List.of("TEE=ULTRASOUND"), studies("TEE was negative for thrombus."));
    assertEquals(List.of("MRI of the brain=MRI", "MRA of the head and neck=MRI", "carotid Doppler studies=ULTRASOUND"),
        studies("He underwent MRI of the brain, MRA of the head and neck, and carotid Doppler studies."));
    assertEquals(List.of("Ultrasound carotid=ULTRASOUND"), studies("EXAM: Ultrasound carotid. FINDINGS: No plaque."));
    assertEquals(List.of("X-rays=XRAY"), studies("X-rays: No fracture or dislocation."));
    assertEquals(List.of(), studies("X-rays: No new x-rays were taken today."));
    assertEquals(List.of(), studies("MRI: None."));
    // "gradient echo" is an MRI sequence, not an echocardiogram.
    assertEquals(List.of("MRI=MRI"), found("MRI with gradient echo images was obtained.", EntityType.IMAGING_MODALITY));
  }
}
