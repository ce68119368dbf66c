package org.clinex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinex.eval.DocScore;
import org.clinex.eval.Evaluation;
import org.clinex.eval.GoldDocument;
import org.clinex.eval.GoldSet;
import org.clinex.eval.Level;
import org.clinex.eval.Prf;
import org.clinex.eval.Scorer;
import org.junit.jupiter.api.Test;

/**
 * End to end over the five seed letters (committed with their hand-made gold): the extractor's
 * mentions scored against annotated-gold/seeds. Runs without the corpus.
 */
class SeedsEndToEndTest {
  @Test
  void seedLettersMatchTheirGold() throws Exception {
    GoldSet seeds = GoldSet.load(Path.of("annotated-gold/seeds"), "all", Path.of("/nonexistent-corpus"));
    assertTrue(seeds.documents().size() == 5, "five seed letters, found " + seeds.documents().size());
    Extractor extractor = Extractor.create();
    List<DocScore> scores = new ArrayList<>();
    for (GoldDocument doc : seeds.documents()) {
      scores.add(Scorer.score(doc, extractor.extract(doc.text()).mentions(), false));
    }
    Evaluation evaluation = new Evaluation(scores);
    // Types the seed letters hold in number, each near-perfect on its origin documents.
    for (EntityType type : List.of(EntityType.AGE, EntityType.INJURY_DATE, EntityType.IMAGING_MODALITY, EntityType.DISPUTED_ITEM)) {
      Prf prf = evaluation.prf(type, Level.VALUE);
      assertFalse(prf.tp() == 0, type + ": nothing found");
      assertTrue(prf.f1() >= 0.85, type + " value F1 " + prf.f1() + " on the seeds (" + prf + ")");
    }
    double micro = evaluation.micro(Level.VALUE).f1();
    assertTrue(micro >= 0.80, "micro value F1 on the seeds: " + micro);
  }
}
