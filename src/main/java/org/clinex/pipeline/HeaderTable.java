package org.clinex.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.clinex.EntityType;

/**
 * Reads the DWC letter's header table, which pdftotext writes as a block of labels followed by a
 * block of values in the same order:
 *
 * <pre>
 * Date of Injury:
 * UR Denial Date:
 * Application
 * Received:
 *
 * 10/10/2016
 * ...
 * </pre>
 * The value in the position of {@code Date of Injury:} is an InjuryDate. This is layout, not
 * language, so it is read from lines rather than with a token rule: the lines of the layout-normalized
 * text, where a double-spaced copy of the letter has the same lines as pdftotext's.
 */
final class HeaderTable {
  static final String RULE = "injury_date.header_table";
  private static final String LABEL = "date of injury:";

  List<Candidate> find(Document doc) {
    String text = doc.layoutText();
    List<int[]> lines = lines(text, Math.min(text.length(), 3000));
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!line(text, lines.get(i)).equalsIgnoreCase(LABEL)) {
        continue;
      }
      // Labels of this block: lines up to the first blank one; a label without ':' continues on the next line.
      int position = 0;
      int j = i;
      while (j > 0 && !line(text, lines.get(j - 1)).isEmpty() && line(text, lines.get(j - 1)).endsWith(":")) {
        j--;
        position++;
      }
      int k = i + 1;
      while (k < lines.size() && !line(text, lines.get(k)).isEmpty()) {
        k++;
      }
      while (k < lines.size() && line(text, lines.get(k)).isEmpty()) {
        k++;
      }
      int valueLine = k + position;
      if (valueLine < lines.size() && !line(text, lines.get(valueLine)).isEmpty()) {
        int[] span = trimmed(text, lines.get(valueLine));
        Candidate c = toCandidate(doc, span[0], span[1]);
        if (c != null) {
          found.add(c);
        }
      }
    }
    return found;
  }

  private static Candidate toCandidate(Document doc, int start, int end) {
    int first = -1;
    int last = -1;
    for (int t = 0; t < doc.tokens().size(); t++) {
      int b = doc.token(t).beginPosition();
      if (b >= start && doc.token(t).endPosition() <= end) {
        if (first < 0) {
          first = t;
        }
        last = t;
      } else if (b >= end) {
        break;
      }
    }
    return first < 0 ? null : new Candidate(EntityType.INJURY_DATE, start, end, first, last + 1, RULE);
  }

  /** [start, end) of each line, up to {@code limit}. */
  private static List<int[]> lines(String text, int limit) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= limit; i++) {
      if (i == limit || text.charAt(i) == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return lines;
  }

  private static String line(String text, int[] span) {
    return text.substring(span[0], span[1]).strip();
  }

  private static int[] trimmed(String text, int[] span) {
    int s = span[0];
    int e = span[1];
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }
}
