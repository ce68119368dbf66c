package org.clinex.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clinex.EntityType;
import org.clinex.Mention;

/** Error listings (FP, FN, wrong value, boundary) with context, and per-rule precision, worst first. */
public final class ErrorReport {
  static final int CONTEXT = 40;
  static final String NO_RULE = "(no rule)";

  private ErrorReport() {}

  /** Precision of one rule at value level: of its mentions, how many matched gold with the right value. */
  public record RuleStats(String rule, int mentions, int correct) {
    public double precision() {
      return Prf.ratio(correct, mentions);
    }
  }

  /** {@code ...left [mention] right...}, 40 characters each side, line breaks as spaces. */
  public static String context(String text, Mention m) {
    int from = Math.max(0, m.start() - CONTEXT);
    int to = Math.min(text.length(), m.end() + CONTEXT);
    String s = (from > 0 ? "..." : "") + text.substring(from, m.start()) + "[" + text.substring(m.start(), m.end()) + "]"
        + text.substring(m.end(), to) + (to < text.length() ? "..." : "");
    return s.replaceAll("[\\r\\n\\f\\t]", " ");
  }

  public static List<RuleStats> ruleStats(Evaluation evaluation) {
    Map<String, int[]> stats = new TreeMap<>();
    for (DocScore d : evaluation.documents()) {
      for (Outcome o : d.outcomes()) {
        if (o.pred() != null) {
          int[] s = stats.computeIfAbsent(o.pred().rule() == null ? NO_RULE : o.pred().rule(), k -> new int[2]);
          s[0]++;
          s[1] += o.kind() == Outcome.Kind.MATCH || o.kind() == Outcome.Kind.BOUNDARY ? 1 : 0;
        }
      }
    }
    List<RuleStats> out = new ArrayList<>();
    stats.forEach((rule, s) -> out.add(new RuleStats(rule, s[0], s[1])));
    out.sort(Comparator.comparingDouble(RuleStats::precision).thenComparing(Comparator.comparingInt(RuleStats::mentions).reversed())
        .thenComparing(RuleStats::rule));
    return out;
  }

  /** The errors of {@code type} across documents, in document then offset order. */
  static List<Map.Entry<DocScore, Outcome>> errors(Evaluation evaluation, EntityType type) {
    List<Map.Entry<DocScore, Outcome>> out = new ArrayList<>();
    for (DocScore d : evaluation.documents()) {
      d.outcomes().stream().filter(o -> o.type() == type && o.isError()).forEach(o -> out.add(Map.entry(d, o)));
    }
    return out;
  }

  public static String text(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    for (EntityType type : EntityType.values()) {
      List<Map.Entry<DocScore, Outcome>> errors = errors(evaluation, type);
      Map<Outcome.Kind, Integer> byKind = new TreeMap<>();
      errors.forEach(e -> byKind.merge(e.getValue().kind(), 1, Integer::sum));
      out.append("== ").append(type.label()).append(": ").append(errors.size()).append(" errors ").append(byKind.isEmpty() ? "" : kinds(byKind)).append('\n');
      for (Map.Entry<DocScore, Outcome> e : errors) {
        Outcome o = e.getValue();
        String text = e.getKey().doc().text();
        out.append(String.format(Locale.ROOT, "%-14s %s %s  %s%n", o.kind().label().toUpperCase(Locale.ROOT), e.getKey().doc().id(),
            offsets(o), context(text, o.anchor())));
        String detail = detail(o);
        if (!detail.isEmpty()) {
          out.append("               ").append(detail).append('\n');
        }
      }
    }
    out.append("\n== Per-rule precision (value level), worst first\n");
    out.append(String.format(Locale.ROOT, "%-40s %8s %8s %9s%n", "rule", "mentions", "correct", "precision"));
    for (RuleStats r : ruleStats(evaluation)) {
      out.append(String.format(Locale.ROOT, "%-40s %8d %8d %9.3f%n", r.rule(), r.mentions(), r.correct(), r.precision()));
    }
    return out.toString();
  }

  private static String kinds(Map<Outcome.Kind, Integer> byKind) {
    List<String> parts = new ArrayList<>();
    byKind.forEach((k, n) -> parts.add(n + " " + k.label()));
    return "(" + String.join(", ", parts) + ")";
  }

  static String offsets(Outcome o) {
    if (o.gold() != null && o.pred() != null && (o.gold().start() != o.pred().start() || o.gold().end() != o.pred().end())) {
      return "pred " + o.pred().start() + "-" + o.pred().end() + " gold " + o.gold().start() + "-" + o.gold().end();
    }
    return o.anchor().start() + "-" + o.anchor().end();
  }

  /** Gold vs predicted attributes, gold span where it differs, and the rule. */
  static String detail(Outcome o) {
    List<String> parts = new ArrayList<>();
    if (o.kind() == Outcome.Kind.WRONG_VALUE) {
      parts.add("gold " + o.gold().attributes() + " pred " + o.pred().attributes());
    }
    if (o.kind() == Outcome.Kind.BOUNDARY || (o.kind() == Outcome.Kind.WRONG_VALUE && !o.gold().text().equals(o.pred().text()))) {
      parts.add("gold '" + o.gold().text().replaceAll("\\s", " ") + "'");
    }
    if (o.pred() != null) {
      parts.add("rule " + (o.pred().rule() == null ? NO_RULE : o.pred().rule()));
    }
    return String.join("; ", parts);
  }

  public static Map<String, Object> toJson(Evaluation evaluation) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> errors = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      for (Map.Entry<DocScore, Outcome> e : errors(evaluation, type)) {
        Outcome o = e.getValue();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type.label());
        m.put("kind", o.kind().label());
        m.put("doc", e.getKey().doc().id());
        m.put("gold", o.gold() == null ? null : mention(o.gold()));
        m.put("pred", o.pred() == null ? null : mention(o.pred()));
        m.put("context", context(e.getKey().doc().text(), o.anchor()));
        m.put("rule", o.pred() == null ? null : o.pred().rule());
        errors.add(m);
      }
    }
    root.put("errors", errors);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleStats r : ruleStats(evaluation)) {
      rules.add(Map.of("rule", r.rule(), "mentions", r.mentions(), "correct", r.correct(), "precision", Evaluation.round(r.precision())));
    }
    root.put("rules", rules);
    return root;
  }

  private static Map<String, Object> mention(Mention m) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("start", m.start());
    j.put("end", m.end());
    j.put("text", m.text());
    j.put("attributes", m.attributes());
    return j;
  }
}
