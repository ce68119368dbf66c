package org.clinex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinex.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the bundled rules on the test split must keep each type's value F1 within
 * 0.02 of eval/baseline.json. Skipped until a baseline is written ({@code clinex eval --write-baseline
 * eval/baseline.json}) and where the corpus is not checked out.
 */
class BaselineRegressionTest {
  static final Path BASELINE = Path.of("eval", "baseline.json");

  @Test
  void valueF1DoesNotFallBelowBaseline() throws Exception {
    assumeTrue(Baseline.exists(BASELINE), BASELINE + " does not exist yet: write it with `clinex eval --write-baseline "
        + BASELINE + "` once the rules are final");
    Path corpus = GoldSet.defaultCorpusRoot();
    assumeTrue(Files.isDirectory(corpus), "corpus root " + corpus.toAbsolutePath().normalize() + " is absent (set CLINEX_CORPUS)");
    GoldSet gold = GoldSet.load(Path.of("annotated-gold"), "test", corpus);
    assertEquals(List.of(), gold.unresolved(), "test documents missing from the corpus: the baseline would not be comparable");
    Extractor extractor = Extractor.create();
    Evaluation evaluation = Evaluator.evaluate(gold.documents(), doc -> extractor.extract(doc.text()).mentions());
    assertEquals(List.of(), Baseline.regressions(BASELINE, evaluation), "value F1 fell more than "
        + Baseline.TOLERANCE + " below " + BASELINE);
  }
}
