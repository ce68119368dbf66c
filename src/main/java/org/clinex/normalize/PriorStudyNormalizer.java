package org.clinex.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/**
 * A performed study's modality (imaging codes, EMG, NCS, OTHER) and its date: the month/two-digit
 * year that opens a dated entry ({@code 1/02 MRI Lumbar spine}), else the date expression of the same
 * sentence nearest to the study, never one from another sentence (SCHEMA); none for one mention of
 * several studies in a sentence with several dates ({@code two EEGs, one on ... and one on ...}).
 */
public final class PriorStudyNormalizer implements Normalizer {
  private final ModalityLexicon lexicon;

  PriorStudyNormalizer(ModalityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String code = lexicon.studyCode(doc.text().substring(candidate.start(), candidate.end()));
    if (code == null) {
      return null;
    }
    Map<String, String> attributes = new HashMap<>();
    attributes.put("Modality", code);
    int sentence = doc.sentenceOf(candidate.firstToken());
    int from = doc.token(doc.sentenceBegin(sentence)).beginPosition();
    int to = doc.token(doc.sentenceEnd(sentence) - 1).endPosition();
    String date = Dates.monthYearBefore(doc.text(), from, candidate.start());
    if (date == null && !severalStudies(doc.text(), from, to, candidate.start())) {
      date = Dates.nearest(doc.text(), from, to, candidate.start(), candidate.end());
    }
    if (date != null) {
      attributes.put("Date", date);
    }
    return attributes;
  }

  /** "two EEGs": a count before the name. */
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?i)\\b(?:two|three|four|five|several|multiple|serial|[2-9])\\s+$");

  /**
   * "She had two EEGs at that time, one on August 04, 2002 and one on November 01, 2002": one
   * mention of several studies with several dates has no single Date (GUIDELINES round 6).
   */
  private static boolean severalStudies(String text, int from, int to, int start) {
    int begin = Math.max(from, start - 12);
    return begin < start && COUNT_BEFORE.matcher(text).region(begin, start).find()
        && Dates.count(text, from, to) >= 2;
  }
}
