package org.clinex.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import java.util.Map;
import org.clinex.EntityType;

/** The score report as a text table, JSON or CSV. */
public final class Reports {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Reports() {}

  public static String json(Map<String, Object> root) {
    try {
      return PRETTY.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the report", e);
    }
  }

  /** Per type, micro and macro: gold/pred counts, P/R/F1 at each level, value F1 interval. */
  public static String table(Evaluation e, Bootstrap.Intervals ci) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-16s %5s %5s | %-20s | %-20s | %-20s |%s%n", "", "", "", "strict", "lenient", "value",
        ci == null ? "" : " value F1"));
    out.append(String.format(Locale.ROOT, "%-16s %5s %5s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s |%s%n", "type", "gold", "pred",
        "P", "R", "F1", "P", "R", "F1", "P", "R", "F1", ci == null ? "" : " 95% CI"));
    for (EntityType type : EntityType.values()) {
      row(out, type.label(), e.prf(type, Level.STRICT), e.prf(type, Level.LENIENT), e.prf(type, Level.VALUE),
          ci == null ? null : ci.of(type, Level.VALUE));
    }
    row(out, "micro", e.micro(Level.STRICT), e.micro(Level.LENIENT), e.micro(Level.VALUE), ci == null ? null : ci.micro(Level.VALUE));
    out.append(String.format(Locale.ROOT, "%-16s %5s %5s |", "macro", "", ""));
    for (Level level : Level.values()) {
      double[] m = e.macro(level);
      out.append(String.format(Locale.ROOT, " %6.3f %6.3f %6.3f |", m[0], m[1], m[2]));
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT, "%d documents. P/R/F1 are 0 where undefined; macro = mean over types with gold or predictions.%n",
        e.documents().size()));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, Prf strict, Prf lenient, Prf value, double[] ci) {
    out.append(String.format(Locale.ROOT, "%-16s %5d %5d |", name, value.tp() + value.fn(), value.tp() + value.fp()));
    for (Prf p : new Prf[] {strict, lenient, value}) {
      out.append(String.format(Locale.ROOT, " %6.3f %6.3f %6.3f |", p.precision(), p.recall(), p.f1()));
    }
    if (ci != null) {
      out.append(String.format(Locale.ROOT, " [%.3f, %.3f]", ci[0], ci[1]));
    }
    out.append('\n');
  }

  /** One row per (type or micro/macro, level). */
  public static String csv(Evaluation e, Bootstrap.Intervals ci) {
    StringBuilder out = new StringBuilder("type,level,tp,fp,fn,precision,recall,f1,f1_low,f1_high\r\n");
    for (EntityType type : EntityType.values()) {
      for (Level level : Level.values()) {
        csvRow(out, type.label(), level, e.prf(type, level), null, ci == null ? null : ci.of(type, level));
      }
    }
    for (Level level : Level.values()) {
      csvRow(out, "micro", level, e.micro(level), null, ci == null ? null : ci.micro(level));
    }
    for (Level level : Level.values()) {
      csvRow(out, "macro", level, e.micro(level), e.macro(level), ci == null ? null : ci.f1()[EntityType.values().length + 1][level.ordinal()]);
    }
    return out.toString();
  }

  private static void csvRow(StringBuilder out, String name, Level level, Prf p, double[] prf, double[] ci) {
    double[] v = prf != null ? prf : new double[] {p.precision(), p.recall(), p.f1()};
    out.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.4f,%.4f,%.4f,%s,%s\r\n", name, level.key(), p.tp(), p.fp(), p.fn(),
        v[0], v[1], v[2], ci == null ? "" : String.format(Locale.ROOT, "%.4f", ci[0]), ci == null ? "" : String.format(Locale.ROOT, "%.4f", ci[1])));
  }
}
