package org.clinex.normalize;

import java.util.EnumMap;
import java.util.Map;
import org.clinex.EntityType;
import org.clinex.pipeline.Lexicon;
import org.clinex.pipeline.ModelSource;

/** One normalizer per entity type, with the lexicons they read. */
public final class Normalizers {
  private Normalizers() {}

  public static Map<EntityType, Normalizer> load(ModelSource source) {
    ModalityLexicon modalities = new ModalityLexicon(source);
    Map<EntityType, Normalizer> normalizers = new EnumMap<>(EntityType.class);
    normalizers.put(EntityType.AGE, new AgeNormalizer());
    normalizers.put(EntityType.INJURY_DATE, new InjuryDateNormalizer());
    normalizers.put(EntityType.DIAGNOSIS, new DiagnosisNormalizer(new ConText(Lexicon.load(source, "lexicons/context_cues.tsv", 2))));
    normalizers.put(EntityType.MOTOR_GRADE, new MotorGradeNormalizer());
    normalizers.put(EntityType.IMAGING_MODALITY, new ImagingModalityNormalizer(modalities));
    normalizers.put(EntityType.PRIOR_STUDY, new PriorStudyNormalizer(modalities));
    normalizers.put(EntityType.DISPUTED_ITEM, new DisputedItemNormalizer());
    return normalizers;
  }
}
