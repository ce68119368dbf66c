package org.clinex.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinex.RulesException;

/**
 * Where rule files and lexicons come from: the copy of {@code models/} bundled on the classpath,
 * or a directory of the same layout given with {@code --rules DIR}, so that an engineer can edit a
 * rule and rerun without recompiling.
 */
public final class ModelSource {
  private static final String CLASSPATH_ROOT = "clinex/models/";
  private final Path dir;

  private ModelSource(Path dir) {
    this.dir = dir;
  }

  public static ModelSource classpath() {
    return new ModelSource(null);
  }

  /** The rules of {@code dir}, or the bundled rules when it is {@code null} (a command's or builder's default). */
  public static ModelSource of(Path dir) {
    return dir == null ? classpath() : directory(dir);
  }

  public static ModelSource directory(Path dir) {
    if (!Files.isDirectory(dir.resolve("rules"))) {
      throw new RulesException(dir + ": not a rules directory (expected " + dir.resolve("rules") + "/, the layout of models/)");
    }
    return new ModelSource(dir);
  }

  /** A name for messages: the file's path, or {@code classpath:clinex/models/...}. */
  public String describe(String relative) {
    return dir == null ? "classpath:" + CLASSPATH_ROOT + relative : dir.resolve(relative).toString();
  }

  public boolean exists(String relative) {
    if (dir != null) {
      return Files.isRegularFile(dir.resolve(relative));
    }
    return ModelSource.class.getClassLoader().getResource(CLASSPATH_ROOT + relative) != null;
  }

  /** The whole file as UTF-8 text. */
  public String read(String relative) {
    try {
      if (dir != null) {
        return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
      }
      try (InputStream in = ModelSource.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative)) {
        if (in == null) {
          throw new RulesException(describe(relative) + ": missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new RulesException(describe(relative) + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
