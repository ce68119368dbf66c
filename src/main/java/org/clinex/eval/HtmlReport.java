package org.clinex.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.clinex.EntityType;
import org.clinex.Mention;

/**
 * One self-contained HTML page (inline CSS, JS and SVG, nothing fetched): the score table, value F1
 * per type with its interval, per-rule precision, and every document with gold and predicted spans
 * highlighted by outcome. Meant for the dev split (GUIDELINES: test errors are not read).
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Highlight classes, most important first: where spans nest, the segment shows the first that applies. */
  private static final String[] CLASSES = {"wrong", "miss", "spurious", "boundary", "match"};
  private static final String[] LEGEND = {"wrong value (span matched, attributes differ)", "miss (gold, not predicted)",
      "spurious (predicted, not in gold)", "boundary (value right, span differs)", "match"};

  public static String render(Evaluation e, Bootstrap.Intervals ci, String title) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>clinex eval: ").append(esc(title)).append("</title>\n<style>\n")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;margin:.5em 0}")
        .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}td:first-child,th:first-child{text-align:left}")
        .append("pre{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:.6em;font:12px/1.5 monospace}")
        .append("mark.hl{border-radius:2px;padding:0 1px}.match{background:#b7e4b0}.boundary{background:#fff3a0}")
        .append(".miss{background:#f5a3a3}.spurious{background:#ffc98a}.wrong{background:#d3b5f2}")
        .append(".legend span{display:inline-block;margin-right:1em;padding:0 .4em}")
        .append("body.hide-match mark.match,body.hide-boundary mark.boundary{background:none}")
        .append("</style></head><body>\n");
    h.append("<h1>clinex eval</h1><p>").append(esc(title)).append(": ").append(e.documents().size()).append(" documents</p>\n");
    scoreTable(h, e, ci);
    chart(h, e, ci);
    rules(h, e);
    h.append("<h2>Documents</h2><div class=\"legend\" id=\"legend\">");
    for (int i = 0; i < CLASSES.length; i++) {
      h.append("<span class=\"").append(CLASSES[i]).append("\">").append(LEGEND[i]).append("</span>");
    }
    h.append("</div><p><label><input type=\"checkbox\" id=\"errorsOnly\"> hide matches (show errors only)</label></p>\n");
    for (DocScore d : e.documents()) {
      document(h, d);
    }
    h.append("<script>\n(function(){var c=document.getElementById('errorsOnly');c.addEventListener('change',function(){")
        .append("document.body.classList.toggle('hide-match',c.checked);document.body.classList.toggle('hide-boundary',c.checked);});")
        .append("document.body.setAttribute('data-ready','1');})();\n</script>\n</body></html>\n");
    return h.toString();
  }

  private static void scoreTable(StringBuilder h, Evaluation e, Bootstrap.Intervals ci) {
    h.append("<h2>Scores</h2><table id=\"scores\"><thead><tr><th>type</th><th>gold</th><th>pred</th>");
    for (Level level : Level.values()) {
      h.append("<th>").append(level.key()).append(" P</th><th>R</th><th>F1</th>");
    }
    h.append("<th>value F1 95% CI</th></tr></thead><tbody>\n");
    for (EntityType type : EntityType.values()) {
      row(h, type.label(), e.prf(type, Level.STRICT), e.prf(type, Level.LENIENT), e.prf(type, Level.VALUE), ci == null ? null : ci.of(type, Level.VALUE));
    }
    row(h, "micro", e.micro(Level.STRICT), e.micro(Level.LENIENT), e.micro(Level.VALUE), ci == null ? null : ci.micro(Level.VALUE));
    h.append("<tr><td>macro</td><td></td><td></td>");
    for (Level level : Level.values()) {
      double[] m = e.macro(level);
      h.append(String.format(Locale.ROOT, "<td>%.3f</td><td>%.3f</td><td>%.3f</td>", m[0], m[1], m[2]));
    }
    h.append("<td></td></tr></tbody></table><p>P/R/F1 are 0 where undefined; macro is the mean over types with gold or predictions.</p>\n");
  }

  private static void row(StringBuilder h, String name, Prf s, Prf l, Prf v, double[] ci) {
    h.append("<tr><td>").append(esc(name)).append("</td><td>").append(v.tp() + v.fn()).append("</td><td>").append(v.tp() + v.fp()).append("</td>");
    for (Prf p : new Prf[] {s, l, v}) {
      h.append(String.format(Locale.ROOT, "<td>%.3f</td><td>%.3f</td><td>%.3f</td>", p.precision(), p.recall(), p.f1()));
    }
    h.append("<td>").append(ci == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]", ci[0], ci[1])).append("</td></tr>\n");
  }

  /** Horizontal bars of value F1 per type and micro, whiskers for the bootstrap interval. */
  private static void chart(StringBuilder h, Evaluation e, Bootstrap.Intervals ci) {
    int types = EntityType.values().length;
    int rowH = 24;
    int left = 130;
    int width = 400;
    int height = (types + 1) * rowH + 30;
    h.append("<h2>Value F1 per type</h2><svg id=\"f1chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 60)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"value F1 per type with 95% intervals\">\n");
    for (int i = 0; i <= types; i++) {
      String name = i < types ? EntityType.values()[i].label() : "micro";
      double f1 = i < types ? e.prf(EntityType.values()[i], Level.VALUE).f1() : e.micro(Level.VALUE).f1();
      int y = i * rowH + 5;
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>", left - 6, y + 15, esc(name)));
      h.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s F1 %.3f</title></rect>",
          left, y + 3, f1 * width, rowH - 8, i < types ? "#6a9fd4" : "#2f5f8f", esc(name), f1));
      if (ci != null) {
        double[] c = i < types ? ci.of(EntityType.values()[i], Level.VALUE) : ci.micro(Level.VALUE);
        int my = y + rowH / 2 - 1;
        h.append(String.format(Locale.ROOT, "<line class=\"ci\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#222\"/>"
            + "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#222\"/><line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#222\"/>",
            left + c[0] * width, left + c[1] * width, my, my, left + c[0] * width, left + c[0] * width, my - 5, my + 5,
            left + c[1] * width, left + c[1] * width, my - 5, my + 5));
      }
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%.2f</text>\n", left + width + 8, y + 15, f1));
    }
    int axisY = (types + 1) * rowH + 8;
    for (int t = 0; t <= 4; t++) {
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%.2f</text>", left + t * width / 4, axisY + 12, t / 4.0));
    }
    h.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, left + width, axisY, axisY));
    h.append("</svg>\n");
  }

  private static void rules(StringBuilder h, Evaluation e) {
    h.append("<h2>Per-rule precision (value level), worst first</h2><table id=\"rules\"><tr><th>rule</th><th>mentions</th><th>correct</th><th>precision</th></tr>\n");
    for (ErrorReport.RuleStats r : ErrorReport.ruleStats(e)) {
      h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%.3f</td></tr>%n", esc(r.rule()), r.mentions(), r.correct(), r.precision()));
    }
    h.append("</table>\n");
  }

  private record Span(int start, int end, int rank, String note) {}

  /** The text cut at every span boundary; each piece is marked with the most important outcome covering it. */
  private static void document(StringBuilder h, DocScore d) {
    String text = d.doc().text();
    List<Span> spans = new ArrayList<>();
    for (Outcome o : d.outcomes()) {
      int rank = switch (o.kind()) {
        case WRONG_VALUE -> 0;
        case FALSE_NEGATIVE -> 1;
        case FALSE_POSITIVE -> 2;
        case BOUNDARY -> 3;
        case MATCH -> 4;
      };
      String note = o.type().label() + ": " + o.kind().label()
          + (o.gold() != null ? "; gold '" + o.gold().text() + "' " + o.gold().attributes() : "")
          + (o.pred() != null ? "; pred '" + o.pred().text() + "' " + o.pred().attributes() + " rule " + o.pred().rule() : "");
      for (Mention m : o.gold() != null && o.pred() != null ? List.of(o.gold(), o.pred()) : List.of(o.anchor())) {
        spans.add(new Span(m.start(), m.end(), rank, note));
      }
    }
    long errors = d.outcomes().stream().filter(Outcome::isError).count();
    h.append("<section class=\"doc\"><h3>").append(esc(d.doc().id())).append("</h3><p>").append(d.doc().mentions().size()).append(" gold, ")
        .append(d.predicted().size()).append(" predicted, ").append(errors).append(" errors")
        .append(d.predictionMissing() ? " (<b>no predictions for this document</b>)" : "").append("</p><pre>");
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    spans.forEach(s -> {
      cuts.add(s.start());
      cuts.add(s.end());
    });
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      int a = from;
      int b = to;
      List<Span> covering = spans.stream().filter(s -> s.start() <= a && b <= s.end()).toList();
      String piece = esc(text.substring(a, b));
      if (covering.isEmpty()) {
        h.append(piece);
        continue;
      }
      int rank = covering.stream().mapToInt(Span::rank).min().orElseThrow();
      String tip = String.join("\n", covering.stream().map(Span::note).distinct().toList());
      h.append("<mark class=\"hl ").append(CLASSES[rank]).append("\" title=\"").append(esc(tip)).append("\">").append(piece).append("</mark>");
    }
    h.append("</pre></section>\n");
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
