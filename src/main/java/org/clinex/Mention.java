package org.clinex;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One extracted (or gold) entity: its type, its span as character offsets into the original text
 * (0-based, end-exclusive, Java {@code String} indices), the covered text, its SCHEMA attributes
 * ({@code Value}, {@code Modality}, {@code Date}, {@code Assertion}, {@code Decision}) and the
 * name of the rule that produced it ({@code null} for gold).
 */
@JsonPropertyOrder({"type", "start", "end", "text", "attributes", "rule"})
public record Mention(EntityType type, int start, int end, String text, Map<String, String> attributes, String rule) {

  /** Document order: by start, then longer first, then type. */
  public static final Comparator<Mention> DOCUMENT_ORDER =
      Comparator.comparingInt(Mention::start)
          .thenComparing(Comparator.comparingInt(Mention::end).reversed())
          .thenComparing(Mention::type);

  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
    // Sorted so that JSON and brat output are deterministic.
    attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  /** The attribute {@code name}, or {@code null}. */
  public String attribute(String name) {
    return attributes.get(name);
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  /** A copy with one attribute set (or removed when {@code value} is null). */
  public Mention withAttribute(String name, String value) {
    Map<String, String> copy = new TreeMap<>(attributes);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return new Mention(type, start, end, text, copy, rule);
  }
}
