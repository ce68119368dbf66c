package org.clinex.io;

import java.util.List;
import java.util.stream.Collectors;
import org.clinex.Mention;

/** One row per mention: {@code doc,type,start,end,text,attributes,rule}, attributes as {@code key=value;...} (RFC 4180 quoting). */
public final class Csv {
  public static final String HEADER = "doc,type,start,end,text,attributes,rule";

  private Csv() {}

  public static String rows(String doc, List<Mention> mentions) {
    StringBuilder out = new StringBuilder();
    for (Mention m : mentions) {
      String attributes = m.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
      out.append(String.join(",", quote(doc), quote(m.type().label()), Integer.toString(m.start()), Integer.toString(m.end()),
          quote(m.text()), quote(attributes), quote(m.rule() == null ? "" : m.rule()))).append("\r\n");
    }
    return out.toString();
  }

  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
