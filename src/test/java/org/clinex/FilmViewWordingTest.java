package org.clinex;

import static org.clinex.Traps.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings met in round nineteen: film sets named by their views (no modality word), studies of sites that only study
 * names need (eye, jaw, arteries), studies said to be in the file and studies one looks at or fetches; with the traps next
 * to them. The texts are written for these tests.
 */
class FilmViewWordingTest {
  private static List<String> studies(String text) {
    return found(text, EntityType.PRIOR_STUDY);
  }

  @Test
  void aFilmSetNamedByItsViewsIsAnXray() {
    assertEquals(List.of("Three views of the right hand=XRAY"), studies("Three views of the right hand were taken here today."));
    assertEquals(List.of("AP, mortise and lateral views of the right ankle=XRAY"),
        studies("AP, mortise and lateral views of the right ankle were obtained out of the boot."));
    assertEquals(List.of("Standing views of both knees=XRAY"), studies("Standing views of both knees were unremarkable."));
    assertEquals(List.of("view of the right shoulder=XRAY"),
        studies("There is a view of the right shoulder that is unremarkable."));
    // After a report's EXAM heading the count is read as a determiner: the span starts at "views" (a boundary only).
    assertEquals(List.of("views of the pelvis=XRAY"),
        studies("EXAM: , Two views of the pelvis.,HISTORY:,  This is a patient after surgery."));
    // Views of what is no body site name no film set.
    assertEquals(List.of(), studies("EXAM: , Two views of the soft tissues of the neck.,HISTORY:, Stridor."));
  }

  @Test
  void unnamedViewsAndOtherSensesAreNoStudy() {
    assertEquals(List.of(), studies("Lateral views show a patent airway."));
    assertEquals(List.of(), studies("On the lateral view there is a small spur."));
    assertEquals(List.of(), studies("From the patient's point of view the pain is the same."));
    assertEquals(List.of(), studies("In view of the findings, surgery was discussed."));
    // Views requested are asked for, like any study.
    assertEquals(List.of(), studies("We will obtain three views of the left knee at the next visit."));
    // An echocardiogram's views are not films.
    assertEquals(List.of(), studies("Transesophageal views of the heart were then obtained."));
    // Views that describe a film set already named are that one study.
    assertEquals(List.of("RADIOGRAPHS=XRAY"), studies("RADIOGRAPHS: Three views of the right hand were taken here today."));
    assertEquals(List.of("X-rays=XRAY"), studies("X-rays taken include three views of the right knee. It shows no fracture."));
    // A film set's view count after its name stays in the one study.
    assertEquals(List.of("thoracic spine x-ray series=XRAY"),
        studies("During this visit, a thoracic spine x-ray series, two views, was obtained and read by Dr. X."));
  }

  @Test
  void sitesThatOnlyStudyNamesNeed() {
    assertEquals(List.of("ultrasound of the right eye=2017-06-15,ULTRASOUND"),
        studies("A B-scan ultrasound of the right eye on 06/15/2017 showed an attached retina."));
    assertEquals(List.of("MRI of the internal auditory canals=2017-01-09,MRI"),
        studies("An MRI of the internal auditory canals with gadolinium was obtained on 01/09/2017."));
    assertEquals(List.of("Coronary artery CTA=CT"), studies("Coronary artery CTA was performed on a dual-source scanner."));
    assertEquals(List.of("Tympanometry=OTHER"), studies("Tympanometry showed type A curves bilaterally."));
  }

  @Test
  void aStudyInTheFileWasDone() {
    assertEquals(List.of("Cervical x-rays=XRAY"), studies("Cervical x-rays are in the file. These are of fair quality."));
    assertEquals(List.of(), studies("No cervical x-rays are in the file."));
  }

  @Test
  void aStudyOneLooksAtOrFetchesExists() {
    assertEquals(List.of("MRI=MRI"), studies("I would like to see the MRI as well."));
    assertEquals(List.of("MRI of the lumbar spine=MRI"), studies("She will pick up her MRI of the lumbar spine and return."));
    // Seeing the patient, or a study still to be made, is not looking at a study.
    assertEquals(List.of(), studies("We will see her after an MRI is requested."));
    assertEquals(List.of(), studies("I would like to see whether an MRI is needed."));
  }
}
