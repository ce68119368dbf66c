package org.clinex.normalize;

import java.util.Map;
import org.clinex.pipeline.Candidate;
import org.clinex.pipeline.Document;

/** The modality code of an ImagingModality span, from the modality lexicon. */
public final class ImagingModalityNormalizer implements Normalizer {
  private final ModalityLexicon lexicon;

  ImagingModalityNormalizer(ModalityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Map<String, String> attributes(Candidate candidate, Document doc) {
    String code = lexicon.imagingCode(doc.text().substring(candidate.start(), candidate.end()));
    return code == null ? null : Map.of("Modality", code);
  }
}
