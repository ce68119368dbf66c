package org.clinex.normalize;

import java.util.HashMap;
import java.util.Map;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/**
 * A performed study's modality (imaging codes, EMG, NCS, OTHER) and its date: the date expression
 * of the same sentence nearest to the study, never one from another sentence (SCHEMA).
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
    String date = Dates.nearest(doc.text(), from, to, candidate.start(), candidate.end());
    if (date != null) {
      attributes.put("Date", date);
    }
    return attributes;
  }
}
