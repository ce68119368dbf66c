package org.clinex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts of the five bundled seed letters (annotated-gold/seeds), in file-name order, for tests. */
public final class SeedTexts {
  private SeedTexts() {}

  public static List<String> all() {
    try (Stream<Path> files = Files.list(Path.of("annotated-gold/seeds"))) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
