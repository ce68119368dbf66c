package org.clinex.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinex.EntityType;
import org.clinex.Mention;

/**
 * brat standoff as SCHEMA.md defines it: {@code T} lines for entities, {@code A} lines for
 * attributes. A span may cross a line break; in the covered-text column each line-break character
 * is written as a space, so that the file keeps one line per entity.
 */
public final class Brat {
  private Brat() {}

  /** The {@code .ann} text of {@code mentions} (document order; attributes sorted by name). */
  public static String format(List<Mention> mentions) {
    StringBuilder out = new StringBuilder();
    int t = 0;
    int a = 0;
    for (Mention m : mentions.stream().sorted(Mention.DOCUMENT_ORDER).toList()) {
      t++;
      out.append('T').append(t).append('\t').append(m.type().label()).append(' ')
          .append(m.start()).append(' ').append(m.end()).append('\t').append(coveredColumn(m.text())).append('\n');
      for (Map.Entry<String, String> attribute : m.attributes().entrySet()) {
        a++;
        out.append('A').append(a).append('\t').append(attribute.getKey()).append(" T").append(t)
            .append(' ').append(attribute.getValue()).append('\n');
      }
    }
    return out.toString();
  }

  /** The covered text as the .ann column shows it: line breaks and form feeds as spaces. */
  public static String coveredColumn(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\f', ' ');
  }

  /**
   * Parses and validates {@code ann} against its document {@code text}: line syntax, known types,
   * offsets inside the text, covered text equal to the text at the offsets, attribute names and
   * values valid per SCHEMA, required attributes present, no two same-type entities overlapping.
   *
   * @param file the name used in messages
   */
  public static List<Mention> parse(String ann, String text, String file) throws BratFormatException {
    record Entity(EntityType type, int start, int end, String covered, int line) {}
    Map<String, Entity> entities = new LinkedHashMap<>();
    Map<String, Map<String, String>> attributes = new HashMap<>();
    String[] lines = ann.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String where = file + ":" + (i + 1) + ": ";
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (line.startsWith("T")) {
        if (cols.length != 3) {
          throw new BratFormatException(where + "a T line needs 3 tab-separated columns, found " + cols.length);
        }
        String[] head = cols[1].split(" ");
        if (head.length != 3) {
          throw new BratFormatException(where + "expected 'Type start end' (one contiguous span), found '" + cols[1] + "'");
        }
        EntityType type = EntityType.fromLabel(head[0])
            .orElseThrow(() -> new BratFormatException(where + "unknown entity type '" + head[0] + "'"));
        int start;
        int end;
        try {
          start = Integer.parseInt(head[1]);
          end = Integer.parseInt(head[2]);
        } catch (NumberFormatException e) {
          throw new BratFormatException(where + "offsets are not integers: '" + cols[1] + "'");
        }
        if (start < 0 || end <= start) {
          throw new BratFormatException(where + "empty or reversed span " + start + "-" + end);
        }
        if (end > text.length()) {
          throw new BratFormatException(where + "offset " + end + " is past the end of the text (" + text.length() + " characters)");
        }
        String covered = text.substring(start, end);
        if (!coveredColumn(covered).equals(cols[2])) {
          throw new BratFormatException(where + "covered text '" + cols[2] + "' does not match the text at "
              + start + "-" + end + ": '" + coveredColumn(covered) + "'");
        }
        if (entities.put(cols[0], new Entity(type, start, end, covered, i + 1)) != null) {
          throw new BratFormatException(where + "duplicate id " + cols[0]);
        }
      } else if (line.startsWith("A")) {
        String[] parts = cols.length == 2 ? cols[1].split(" ") : new String[0];
        if (parts.length != 3) {
          throw new BratFormatException(where + "expected 'A<n>\\tName T<k> Value'");
        }
        Entity target = entities.get(parts[1]);
        if (target == null) {
          throw new BratFormatException(where + "attribute refers to unknown entity " + parts[1]);
        }
        String problem = SchemaRules.check(target.type(), parts[0], parts[2]);
        if (problem != null) {
          throw new BratFormatException(where + problem);
        }
        attributes.computeIfAbsent(parts[1], k -> new HashMap<>()).put(parts[0], parts[2]);
      } else {
        throw new BratFormatException(where + "unexpected line (only T and A lines are used): '" + line + "'");
      }
    }
    List<Mention> mentions = new ArrayList<>();
    for (Map.Entry<String, Entity> e : entities.entrySet()) {
      Entity entity = e.getValue();
      Map<String, String> attrs = attributes.getOrDefault(e.getKey(), Map.of());
      for (String required : SchemaRules.required(entity.type())) {
        if (!attrs.containsKey(required)) {
          throw new BratFormatException(file + ":" + entity.line() + ": " + entity.type() + " " + e.getKey() + " has no " + required);
        }
      }
      mentions.add(new Mention(entity.type(), entity.start(), entity.end(), entity.covered(), attrs, null));
    }
    mentions.sort(Mention.DOCUMENT_ORDER);
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size() && mentions.get(j).start() < mentions.get(i).end(); j++) {
        if (mentions.get(i).type() == mentions.get(j).type()) {
          throw new BratFormatException(file + ": two " + mentions.get(i).type() + " entities overlap: '"
              + mentions.get(i).text() + "' (" + mentions.get(i).start() + ") and '" + mentions.get(j).text() + "' (" + mentions.get(j).start() + ")");
        }
      }
    }
    return mentions;
  }
}
