package org.clinex;

import java.util.List;
import java.util.stream.Collectors;

/** The extractor the trap tests share (built once: it takes about a second) and their view of mentions. */
final class Traps {
  private static Extractor extractor;

  private Traps() {}

  static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.create();
    }
    return extractor;
  }

  /** "text=value" of each mention of {@code type}; value is the type's attribute values joined by commas. */
  static List<String> found(String text, EntityType type) {
    return extractor().extract(text).ofType(type).stream()
        .map(m -> m.text() + "=" + m.attributes().values().stream().collect(Collectors.joining(",")))
        .toList();
  }
}
