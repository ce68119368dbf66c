package org.clinex.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clinex.io.BratFormatException;

/** Scores every gold document against a prediction source. */
public final class Evaluator {
  private Evaluator() {}

  public static Evaluation evaluate(List<GoldDocument> gold, Predictions predictions) throws IOException, BratFormatException {
    List<DocScore> scores = new ArrayList<>();
    for (GoldDocument doc : gold) {
      List<org.clinex.Mention> predicted = predictions.of(doc);
      // A document the predictions lack is scored as predicting nothing: all its gold are misses.
      scores.add(Scorer.score(doc, predicted == null ? List.of() : predicted, predicted == null));
    }
    return new Evaluation(scores);
  }
}
