package org.clinex.normalize;

import java.util.Map;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/** A Diagnosis's assertion: {@code possible} or {@code negated} from ConText cues; present is left out (SCHEMA). */
public final class DiagnosisNormalizer implements Normalizer {
  private final ConText context;

  DiagnosisNormalizer(ConText context) {
    this.context = context;
  }

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String assertion = context.assertion(doc, candidate.firstToken(), candidate.endToken());
    return assertion == null ? Map.of() : Map.of("Assertion", assertion);
  }
}
