package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of done studies met in round sixteen (synthetic round five's PriorStudy errors), and the traps next to
 * them. The texts are written for these tests.
 */
class StudyHistoryWordingTest {
  private static List<String> studies(String text) {
    return found(text, EntityType.PRIOR_STUDY);
  }

  @Test
  void repeatStudiesWithTheirResult() {
    assertEquals(List.of("lumbar MRI=2016-02-09,MRI"), studies("A repeat lumbar MRI on 02-09-2016 was essentially unchanged."));
    assertEquals(List.of("CT=CT"), studies("He had a skull fracture, and a repeat CT six hours later was stable."));
    // A repeat study still to be done stays a request.
    assertEquals(List.of(), studies("A repeat lumbar MRI is requested to see whether the herniation has changed."));
  }

  @Test
  void setsOfStudiesAndVestibularAndHearingTests() {
    assertEquals(List.of("nerve conduction studies=NCS"),
        studies("This patient has had two sets of nerve conduction studies, both normal."));
    assertEquals(List.of("audiograms=OTHER"), studies("He has had two audiograms seven months apart that are the same."));
    assertEquals(List.of("Videonystagmography=2016-02-11,OTHER"),
        studies("Videonystagmography on 2/11/16 showed a right peripheral vestibular weakness."));
    assertEquals(List.of("home sleep apnea test=2016-02,OTHER"),
        studies("Because of daytime fatigue a home sleep apnea test was done in February 2016."));
  }

  @Test
  void studyKindsAndStates() {
    assertEquals(List.of("Periapical radiographs=2013-04-25,XRAY", "panoramic radiograph=XRAY"),
        studies("Periapical radiographs taken on 04/25/2013 showed fractures. A panoramic radiograph obtained the same day showed none."));
    assertEquals(List.of("plain films=XRAY", "bone scan=BONE_SCAN"),
        studies("The plain films have been nondiagnostic and the bone scan was nonspecific."));
    assertEquals(List.of("ultrasound=ULTRASOUND"), studies("Sports hernia was ruled out by examination and ultrasound."));
  }

  @Test
  void whenTheStudyWasMade() {
    assertEquals(List.of("left wrist x-rays=XRAY"),
        studies("After the plate was removed, left wrist x-rays after the removal showed a healed fracture."));
    assertEquals(List.of("films of the right knee=2016-01,XRAY"),
        studies("Serial films of the right knee through 01/2016 show well-fixed components."));
    // A study still to be made after the operation is a plan.
    assertEquals(List.of(), studies("X-rays after the surgery will be obtained at the next visit."));
  }

  @Test
  void aRecordsReviewWithDatedEntries() {
    assertEquals(List.of("MRI of the lumbar spine=2011-03-14,MRI", "Cervical spine radiographs=2013-08-19,XRAY"),
        studies("REVIEW OF RECORDS: 03/14/2011 - MRI of the lumbar spine, ordered by her physician: disc bulge. "
            + "08/19/2013 - Cervical spine radiographs, five views: multilevel degenerative disease."));
    // Bulleted and numbered entries that open with their date, and an entry's repeat study (round nineteen).
    assertEquals(List.of("MRI lumbar spine=2012-09-26,MRI", "EMG/NCV of both lower extremities=2016-05,EMG", "EMG/NCS=2020-11,EMG"),
        studies("Records reviewed, in order:\n- 09/26/2012: MRI lumbar spine \u2014 grade 1 spondylolisthesis.\n"
            + "- 05/2016: EMG/NCV of both lower extremities \u2014 chronic left L5 radiculopathy.\n"
            + "11/2020 - Repeat EMG/NCS, Dr. X: chronic right L5 radiculopathy."));
    // A repeat study planned for a date is asked for.
    assertEquals(List.of(), studies("We will get a repeat MRI on 12/12/2020."));
  }

  /** Round twenty (synthetic round seven): notes that name a done study without a date, a request word or a result verb. */
  @Test
  void studiesNamedByWhatTheyShowedOrWereCalled() {
    assertEquals(List.of("nerve conduction study=NCS"), studies("She has a nerve conduction study that still shows a median nerve lesion."));
    assertEquals(List.of("bone scan=BONE_SCAN"), studies("The bone scan was called \"nonspecific.\""));
    assertEquals(List.of("ambulatory EEG=OTHER"), studies("The ambulatory EEG captured an electrographic seizure."));
    assertEquals(List.of("flexion-extension x-rays=XRAY"), studies("The flexion-extension x-rays exclude instability."));
    assertEquals(List.of("Head CT=CT"), studies("Head CT in the trauma bay showed a left frontal contusion."));
    assertEquals(List.of("Right shoulder x-rays=XRAY"), studies("Right shoulder x-rays negative for fracture."));
    assertEquals(List.of("Nerve studies=NCS"), studies("Nerve studies were normal, she was told."));
    assertEquals(List.of(), studies("An MRI is needed to exclude a tear. Repeat nerve studies are requested. If x-rays negative for fracture, stop."));
  }

  @Test
  void aFindingSeenOnAStudyOutsideGuidelineText() {
    assertEquals(List.of("MRI=MRI"), studies("Neck pain with mild C5-6 disc degeneration on MRI."));
    assertEquals(List.of(), studies("CLINICAL CASE SUMMARY\nA summary.\nDecision rationale:\nAspiration is indicated if there is greater"
        + " than 13 mm of effusion on x-ray."), "a criterion in a rationale");
  }

  @Test
  void recordsEntriesWithADateAndAColon() {
    assertEquals(List.of("right hand x-rays=2022-04-08,XRAY"), studies("Follow-up right hand x-rays, 04/08/2022: healing fracture."));
    assertEquals(List.of("MR arthrogram right shoulder=2017-10-05,MRI"),
        studies("Records:\n- 10/05/2017, MR arthrogram right shoulder, Coastal Imaging: full-thickness tear."));
    assertEquals(List.of(), studies("Date of Injury: CT 01/01/2019 through 06/14/2021"), "a cumulative trauma");
    assertEquals(List.of(), studies("Follow-up lumbar MRI, 06/01/2024: pending authorization."), "a dated request");
  }

  /** Round twenty-one: an echocardiogram by its short name, repeat studies done at a time of day, a study pointed at. */
  @Test
  void anEchoRepeatStudiesAtATimeOfDayAndThisParticularFilm() {
    assertEquals(List.of("echo=ULTRASOUND", "carotid ultrasound=ULTRASOUND"),
        studies("He also underwent an echo, carotid ultrasound, and lab work in the emergency room."));
    assertEquals(List.of(), studies("Axial gradient echo T2 images show a tear."), "an MRI sequence");
    assertEquals(List.of(), found("Axial gradient echo T2 images show a tear.", EntityType.IMAGING_MODALITY));
    assertEquals(List.of("CT scan=CT"), studies("Repeat CT scan again done reportedly was negative and he was heparinized."));
    assertEquals(List.of("CT=CT"), studies("Repeat CT done at approximately 3:30 p.m. this evening was reportedly also negative."));
    assertEquals(List.of(), studies("Repeat CT at approximately 3:30 p.m. is planned."));
    assertEquals(List.of("x-ray=XRAY"), studies("There is a lytic lesion, which is not well delineated on this particular x-ray."));
  }

  @Test
  void aGuidelinesRecommendationsAndAStudyNotDocumented() {
    assertEquals(List.of(), studies("The ACOEM has three recommendations for MRI of hip: 1) MRI is recommended for select patients."));
    assertEquals(List.of(), studies("The request was denied due to a lack of documentation of a negative plain film cervical spine x-ray."));
  }

  /** Round twenty-one, scratch heldout24: a patient sent or taken to a study had it; a shunt's patency study. */
  @Test
  void sentOrTakenToAStudyAndAShuntogram() {
    assertEquals(List.of("MRI=MRI"), studies("Over concerns for a tendon tear, he was sent for MRI evaluation where a rupture was noted."));
    assertEquals(List.of("CT scan=CT"), studies("He was taken to the CT scan and developed a second seizure."));
    assertEquals(List.of(), studies("We will send her for an MRI of the knee."), "a plan");
    assertEquals(List.of("shuntogram=OTHER"), studies("The shuntogram shows no flow through the shunt."));
  }

  @Test
  void broughtToAStudyNotToAClinic() {
    assertEquals(List.of("MRI=MRI", "MRI=MRI"), studies("The patient was brought to the MRI suite, and the MRI showed a tear."));
    assertEquals(List.of(), studies("She was brought to the clinic by her husband."));
  }
}
