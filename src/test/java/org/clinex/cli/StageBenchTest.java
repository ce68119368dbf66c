package org.clinex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinex.EntityType;
import org.clinex.RulesException;
import org.junit.jupiter.api.Test;

/** The stage micro-benchmark reports every stage; its figures are measured by `clinex bench`, not asserted here. */
class StageBenchTest {
  private static final String TEXT = "The claimant is a 57 year old male injured on 9/29/11. MRI of the lumbar spine showed a disc protrusion.";

  @Test
  void reportsThePreparationAndEveryTypesRules() {
    List<String> said = new ArrayList<>();
    StageBench bench = new StageBench(List.of(TEXT), 1, null);
    Map<String, Object> out = bench.run((format, args) -> said.add(String.format(format, args)));
    assertTrue(out.containsKey("prepare"));
    for (EntityType type : EntityType.values()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> stage = (Map<String, Object>) out.get(type.label());
      assertTrue(stage.containsKey("ms_per_doc") && stage.containsKey("rules_ms_per_doc"), type.label());
    }
    assertEquals(1 + EntityType.values().length, said.size());
    assertTrue(bench.sink() > 0, "the extractions found mentions, so the timed work was real");
  }

  @Test
  void timesTheRulesOfTheDirectoryItIsGiven() {
    StageBench bundled = new StageBench(List.of(TEXT), 1, Path.of("models"));
    bundled.run((format, args) -> { });
    assertTrue(bundled.sink() > 0);
    StageBench missing = new StageBench(List.of(TEXT), 1, Path.of("target", "no-such-rules"));
    assertThrows(RulesException.class, () -> missing.run((format, args) -> { }));
  }
}
