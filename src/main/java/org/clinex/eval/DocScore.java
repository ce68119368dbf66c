package org.clinex.eval;

import java.util.List;
import org.clinex.EntityType;
import org.clinex.Mention;

/**
 * The scores of one document: {@code counts[type][level]} = {tp, fp, fn};
 * {@code semeval[type]} = {correct, incorrect, partial, missing, spurious}; every outcome.
 *
 * @param predictionMissing the predictions had no file for this document (all its gold are FN)
 */
public record DocScore(GoldDocument doc, List<Mention> predicted, boolean predictionMissing,
    int[][][] counts, int[][] semeval, List<Outcome> outcomes) {

  public static final String[] SEMEVAL_KEYS = {"correct", "incorrect", "partial", "missing", "spurious"};

  public Prf prf(EntityType type, Level level) {
    int[] c = counts[type.ordinal()][level.ordinal()];
    return new Prf(c[0], c[1], c[2]);
  }
}
