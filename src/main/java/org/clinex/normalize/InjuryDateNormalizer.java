package org.clinex.normalize;

import java.util.Map;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/** InjuryDate to ISO 8601 with the parts given; a span that is no valid date is rejected. */
public final class InjuryDateNormalizer implements Normalizer {
  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String iso = Dates.toIso(doc.text().substring(candidate.start(), candidate.end()));
    return iso == null ? null : Map.of("Value", iso);
  }
}
