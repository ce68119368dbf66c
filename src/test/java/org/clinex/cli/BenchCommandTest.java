package org.clinex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench command's argument checks (its measurements are run by hand: eval/BENCH.md, never timed in a test). */
class BenchCommandTest {
  @Test
  void aCountThatCannotBeMeasuredIsAClearErrorNotAnIndexError() {
    for (String[] bad : new String[][] {{"--stock-docs", "0"}, {"--iterations", "0"}, {"--seconds", "0"}, {"--threads", "0"}}) {
      EvalCommandTest.Result r = EvalCommandTest.run("bench", bad[0], bad[1]);
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("must be positive"), r.err());
      assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    }
  }
}
