package org.clinex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinex.EntityType;

/**
 * The regression gate: committed value-level F1 per type ({@code eval/baseline.json}, the JSON report
 * format). A type regresses when its F1 falls more than {@link #TOLERANCE} below the baseline; the
 * tolerance absorbs the noise of a rule change that moves one or two mentions.
 */
public final class Baseline {
  public static final double TOLERANCE = 0.02;

  private Baseline() {}

  /** One line per regressed type ({@code Diagnosis: value F1 0.6100 < baseline 0.6500 - 0.02}); empty when none. */
  public static List<String> regressions(Path baselineFile, Evaluation current) throws IOException, GoldException {
    JsonNode types;
    try {
      types = new ObjectMapper().readTree(baselineFile.toFile()).path("types");
    } catch (IOException e) {
      throw new GoldException(baselineFile + ": not a JSON evaluation report (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    if (!types.isObject()) {
      throw new GoldException(baselineFile + ": has no \"types\" object");
    }
    List<String> failures = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      JsonNode f1 = types.path(type.label()).path("value").path("f1");
      if (!f1.isNumber()) {
        continue;
      }
      double now = current.prf(type, Level.VALUE).f1();
      if (now < f1.asDouble() - TOLERANCE) {
        failures.add(String.format(java.util.Locale.ROOT, "%s: value F1 %.4f < baseline %.4f - %.2f",
            type.label(), now, f1.asDouble(), TOLERANCE));
      }
    }
    return failures;
  }

  /** Whether a baseline exists to check against (the test is skipped until one is written). */
  public static boolean exists(Path baselineFile) {
    return Files.isRegularFile(baselineFile);
  }
}
