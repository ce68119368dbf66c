package org.clinex.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinex.RulesException;

/**
 * A plain TSV lexicon under {@code models/lexicons/}: one entry per line, tab-separated columns,
 * {@code #} comments and blank lines ignored. Every row must have the declared number of columns, and no row may repeat
 * an earlier one: a copy adds nothing, and the next edit of one copy would leave the other behind.
 */
public final class Lexicon {
  /** One row: its columns and the line it came from (for messages). */
  public record Row(List<String> columns, int line) {
    public String get(int i) {
      return columns.get(i);
    }
  }

  private final String name;
  private final List<Row> rows;

  private Lexicon(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  public static Lexicon load(ModelSource source, String relative, int columns) {
    String where = source.describe(relative);
    List<Row> rows = new ArrayList<>();
    Map<List<String>, Integer> firstLine = new HashMap<>();
    String[] lines = source.read(relative).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != columns) {
        throw new RulesException(where + ":" + (i + 1) + ": expected " + columns + " tab-separated columns, found " + cols.length);
      }
      for (int c = 0; c < cols.length; c++) {
        if (cols[c].isBlank()) {
          throw new RulesException(where + ":" + (i + 1) + ": column " + (c + 1) + " is empty");
        }
      }
      List<String> row = List.of(cols);
      Integer earlier = firstLine.putIfAbsent(row, i + 1);
      if (earlier != null) {
        throw new RulesException(where + ":" + (i + 1) + ": repeats line " + earlier);
      }
      rows.add(new Row(row, i + 1));
    }
    return new Lexicon(where, rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /** The file this lexicon was read from, for messages. */
  public String name() {
    return name;
  }

  /** A message prefix naming the file and line of {@code row}. */
  public String at(Row row) {
    return name + ":" + row.line();
  }
}
