package org.clinex.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The normalizers' values, as SCHEMA defines them, with their traps. */
class NormalizersTest {
  @Test
  void datesKeepOnlyTheGivenParts() {
    assertEquals("2011-09-29", Dates.toIso("9/29/11"));
    assertEquals("2016-10-13", Dates.toIso("10-13-16"));
    assertEquals("2013-02-26", Dates.toIso("February 26, 2013"));
    assertEquals("2015-10", Dates.toIso("October 2015"));
    assertEquals("2016-10", Dates.toIso("October 2016"), "a year is not a day followed by a two-digit year");
    assertEquals("2013", Dates.toIso("2013"));
    assertEquals("XXXX-10", Dates.toIso("October"));
    assertEquals("2014-01-05", Dates.toIso("Jan. 5, 2014"));
    assertEquals("2008-12", Dates.toIso("December of 2008"));
  }

  @Test
  void aMonthAndTwoDigitYearIsADateOnlyWhereItOpensAnEntry() {
    String list = "STUDIES: 1/02 MRI Lumbar spine\n6/98 Chest X-ray, 13/02 CT head, pain 6/10 MRI knee";
    assertEquals("2002-01", Dates.monthYearBefore(list, 0, list.indexOf("MRI Lumbar")), "after a heading's colon");
    assertEquals("1998-06", Dates.monthYearBefore(list, 0, list.indexOf("Chest")), "at a line's start");
    assertNull(Dates.monthYearBefore(list, 0, list.indexOf("CT head")), "no month 13");
    assertNull(Dates.monthYearBefore(list, 0, list.indexOf("MRI knee")), "a pain score inside a sentence");
    assertNull(Dates.monthYearBefore(list, list.indexOf("MRI Lumbar") - 1, list.indexOf("MRI Lumbar")), "nothing before the range");
    String dates = "one on May 3, 2001 and one on 6/9/01, rated 6/10";
    assertEquals(2, Dates.count(dates, 0, dates.length()));
    String entries = "Films reviewed; 3/03 CT head, 4/03 Knee films";
    assertEquals("2003-03", Dates.monthYearBefore(entries, 0, entries.indexOf("CT head")), "after a semicolon");
    assertEquals("2003-04", Dates.monthYearBefore(entries, 0, entries.indexOf("Knee")), "after a comma");
    String since = "It grew since the 10/92 MRI; rated 6/10 MRI";
    assertEquals("1992-10", Dates.monthYearBefore(since, 0, since.indexOf("MRI")), "after a determiner");
    assertNull(Dates.monthYearBefore(since, 0, since.lastIndexOf("MRI")), "a score after a verb");
  }

  @Test
  void twoDigitYearsPivotAt40() {
    assertEquals("2039-01-01", Dates.toIso("1/1/39"));
    assertEquals("1940-01-01", Dates.toIso("1/1/40"));
    assertEquals("1999-12-31", Dates.toIso("12/31/99"));
    assertEquals("2000-03-02", Dates.toIso("3/2/00"));
  }

  @Test
  void gluedAndBrokenDatesAreReadWhole() {
    assertEquals("2016-10-30", Dates.toIso("10-302016"), "hyphen lost at a line end");
    assertEquals("2016-10-17", Dates.toIso("1017-2016"), "month and day glued");
    assertEquals("2015-10-01", Dates.toIso("10-1-\n15"), "date broken across a line");
  }

  @Test
  void impossibleDatesAreRejected() {
    assertNull(Dates.toIso("13/45/16"));
    assertNull(Dates.toIso("6/10"));
    assertNull(Dates.toIso("MRI"));
  }

  @Test
  void nearestDateStaysInTheGivenRegion() {
    String text = "MRI of the lumbar spine on 6/13/14 showed a tear. Seen 7/1/14.";
    int start = text.indexOf("MRI");
    int sentenceEnd = text.indexOf('.') + 1;
    assertEquals("2014-06-13", Dates.nearest(text, 0, sentenceEnd, start, start + 23));
    assertNull(Dates.nearest("MRI of the neck showed a tear.", 0, 30, 0, 3));
  }

  @Test
  void nearestDateReadsMonthYearAndBareYears() {
    String echo = "Echocardiogram (11-2016) reveals normal chambers.";
    assertEquals("2016-11", Dates.nearest(echo, 0, echo.length(), 0, 14));
    String past = "In 1989 she had a breast biopsy and in 2007 a colonoscopy.";
    int start = past.indexOf("colonoscopy");
    assertEquals("2007", Dates.nearest(past, 0, past.length(), start, start + 11));
    String dose = "An MRI was read after 2000 mg of Tylenol.";
    assertNull(Dates.nearest(dose, 0, dose.length(), 3, 6));
  }

  @Test
  void agesInYearsMonthsAndWeeks() {
    assertEquals("57", AgeNormalizer.value("57 year old"));
    assertEquals("60", AgeNormalizer.value("60-year-old"));
    assertEquals("41", AgeNormalizer.value("41 year-old"));
    assertEquals("57", AgeNormalizer.value("age: 57"));
    assertEquals("51", AgeNormalizer.value("51y/o"));
    assertEquals("1.5", AgeNormalizer.value("18-month-old"));
    assertEquals("0.5", AgeNormalizer.value("26 weeks old"));
    assertNull(AgeNormalizer.value("250 year old"), "no one is 250");
    assertEquals("5.42", AgeNormalizer.value("5-year, 5-month-old"));
    assertEquals("4.25", AgeNormalizer.value("4 years and 3 months old"));
    assertEquals("2.5", AgeNormalizer.value("2-1/2-year-old"));
    assertEquals("3.75", AgeNormalizer.value("3 3/4 years of age"));
    assertEquals("4.25", AgeNormalizer.value("4-1/4-year-old"));
  }

  @Test
  void motorGradesKeepTheirSignNotTheScale() {
    assertEquals("3", MotorGradeNormalizer.value("3/5"));
    assertEquals("4+", MotorGradeNormalizer.value("4+/5"));
    assertEquals("4+", MotorGradeNormalizer.value("+4/5"));
    assertEquals("5-", MotorGradeNormalizer.value("5-/5"));
    assertEquals("5-", MotorGradeNormalizer.value("-5/5"));
    assertEquals("4+", MotorGradeNormalizer.value("4+ over 5"));
    assertEquals("5", MotorGradeNormalizer.value("5 out of 5"));
    assertEquals("5-", MotorGradeNormalizer.value("5 minus out of 5"));
    assertEquals("5", MotorGradeNormalizer.value("5 of 5"));
    assertEquals("4.5", MotorGradeNormalizer.value("4.5/5"));
    assertEquals("3", MotorGradeNormalizer.value("3-4/5"), "a range takes its lower grade");
    assertEquals("5", MotorGradeNormalizer.value("+5/5"), "5+ is not on the scale");
    assertEquals("4", MotorGradeNormalizer.value("4-5"), "a range without its scale (the rule requires a strength word after it)");
    assertEquals("4+", MotorGradeNormalizer.value("4+ to 5-"));
  }

  @Test
  void aRangeThatGoesDownIsNoGrade() {
    assertNull(MotorGradeNormalizer.value("5-4/5"));
    assertNull(MotorGradeNormalizer.value("5 to 4"));
    assertNull(MotorGradeNormalizer.value("4+ to 4-"));
    assertEquals("4-", MotorGradeNormalizer.value("4- to 4+"));
    assertEquals("4", MotorGradeNormalizer.value("4 - 5"));
  }

  @Test
  void notMotorGrades() {
    assertNull(MotorGradeNormalizer.value("6/10"), "pain score");
    assertNull(MotorGradeNormalizer.value("2/4"), "reflex grade");
    assertNull(MotorGradeNormalizer.value("1/5/17"), "date");
    assertNull(MotorGradeNormalizer.value("7/5"));
    assertNull(MotorGradeNormalizer.value("5-4"), "a range runs upward");
    assertNull(MotorGradeNormalizer.value("4-6"), "off the scale");
  }
}
