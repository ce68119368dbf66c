package org.clinex.eval;

import java.math.BigDecimal;
import java.util.Objects;
import org.clinex.Mention;

/** Whether a predicted mention's normalized attributes agree with gold's, per SCHEMA type. */
public final class ValueMatch {
  private ValueMatch() {}

  public static boolean equal(Mention gold, Mention pred) {
    return switch (gold.type()) {
      case AGE -> sameNumber(gold.attribute("Value"), pred.attribute("Value"));
      case INJURY_DATE, MOTOR_GRADE -> Objects.equals(gold.attribute("Value"), pred.attribute("Value"));
      case IMAGING_MODALITY -> Objects.equals(gold.attribute("Modality"), pred.attribute("Modality"));
      // A date is judged only where gold states one: SCHEMA omits Date when the sentence gives none,
      // and an extractor that finds a date gold did not want is not wrong about the study.
      case PRIOR_STUDY -> Objects.equals(gold.attribute("Modality"), pred.attribute("Modality"))
          && (gold.attribute("Date") == null || gold.attribute("Date").equals(pred.attribute("Date")));
      case DIAGNOSIS -> assertion(gold).equals(assertion(pred));
      case DISPUTED_ITEM -> Objects.equals(gold.attribute("Decision"), pred.attribute("Decision"));
    };
  }

  /** Absent Assertion means present (SCHEMA omits the default). */
  static String assertion(Mention m) {
    String a = m.attribute("Assertion");
    return a == null ? "present" : a;
  }

  /** Ages compare as numbers so that 48 and 48.0 agree. */
  private static boolean sameNumber(String a, String b) {
    if (a == null || b == null) {
      return Objects.equals(a, b);
    }
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return a.equals(b);
    }
  }
}
