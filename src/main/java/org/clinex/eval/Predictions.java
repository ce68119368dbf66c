package org.clinex.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinex.Mention;
import org.clinex.io.Brat;
import org.clinex.io.BratFormatException;

/** Where a document's predicted mentions come from: an extractor run, or a directory of brat files. */
@FunctionalInterface
public interface Predictions {

  /** The predicted mentions of {@code doc}, or {@code null} when the source has none for it. */
  List<Mention> of(GoldDocument doc) throws IOException, BratFormatException;

  /**
   * These predictions, each document's asked of the source once: for scoring the same documents more
   * than once (the parts of {@code eval --cut-at}) without extracting each text again. Not thread-safe.
   */
  default Predictions memoized() {
    Map<String, List<Mention>> seen = new HashMap<>();
    return doc -> {
      if (!seen.containsKey(doc.id())) {
        seen.put(doc.id(), of(doc)); // null too: the source has none
      }
      return seen.get(doc.id());
    };
  }

  /**
   * Predictions as brat files under {@code dir}: {@code DIR/<id>.ann}, else {@code DIR/<basename>.ann}
   * (what {@code clinex extract --format brat --out DIR} writes), else a {@code <basename>.ann}
   * anywhere below DIR. Each is validated against the gold text, so offsets are checked too.
   */
  static Predictions directory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such predictions directory");
    }
    Map<String, List<Path>> byName = new HashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".ann"))
          .sorted().forEach(p -> byName.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
    }
    return doc -> {
      Path file = dir.resolve(doc.id() + ".ann");
      if (!Files.isRegularFile(file)) {
        file = dir.resolve(doc.basename() + ".ann");
      }
      if (!Files.isRegularFile(file)) {
        List<Path> found = byName.getOrDefault(doc.basename() + ".ann", List.of());
        if (found.size() > 1) {
          throw new IOException(dir + ": several predictions named " + doc.basename() + ".ann for " + doc.id() + ": " + found);
        }
        file = found.isEmpty() ? null : found.get(0);
      }
      if (file == null) {
        return null;
      }
      return Brat.parse(Files.readString(file, StandardCharsets.UTF_8), doc.text(), GoldSet.display(file));
    };
  }
}
