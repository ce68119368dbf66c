package org.clinex.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.clinex.EntityType;
import org.clinex.Mention;

/** One row per mention: {@code doc,type,start,end,text,attributes,rule}, attributes as {@code key=value;...} (RFC 4180 quoting). */
public final class Csv {
  public static final String HEADER = "doc,type,start,end,text,attributes,rule";
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();

  /** A row read back: the document's name and the mention. */
  public record Row(String doc, Mention mention) {}

  private Csv() {}

  /** The rows of one document's mentions (no header), each ending in CRLF. */
  public static String rows(String doc, List<Mention> mentions) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (Mention m : mentions) {
        String attributes = m.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        printer.printRecord(doc, m.type().label(), m.start(), m.end(), m.text(), attributes, m.rule() == null ? "" : m.rule());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /**
   * Reads rows written by {@link #rows} (with or without the {@link #HEADER} line); an empty rule reads as null.
   *
   * @throws IllegalArgumentException naming the line of a malformed row
   */
  public static List<Row> read(String csv) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
      for (CSVRecord r : parser) {
        if (r.getRecordNumber() == 1 && String.join(",", r.toList()).equals(HEADER)) {
          continue;
        }
        String where = "CSV line " + r.getParser().getCurrentLineNumber() + ": ";
        if (r.size() != 7) {
          throw new IllegalArgumentException(where + "expected 7 columns (" + HEADER + "), found " + r.size());
        }
        EntityType type = EntityType.fromLabel(r.get(1)).orElseThrow(() -> new IllegalArgumentException(where + "unknown type " + r.get(1)));
        Map<String, String> attributes = new TreeMap<>();
        for (String pair : r.get(5).isEmpty() ? new String[0] : r.get(5).split(";")) {
          String[] kv = pair.split("=", 2);
          if (kv.length != 2) {
            throw new IllegalArgumentException(where + "attribute '" + pair + "' is not key=value");
          }
          attributes.put(kv[0], kv[1]);
        }
        try {
          rows.add(new Row(r.get(0), new Mention(type, Integer.parseInt(r.get(2)), Integer.parseInt(r.get(3)), r.get(4),
              attributes, r.get(6).isEmpty() ? null : r.get(6))));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + "offsets are not integers");
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed CSV: " + e.getMessage());
    }
    return rows;
  }
}
