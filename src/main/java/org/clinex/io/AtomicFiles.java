package org.clinex.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Output files are written whole or not at all: a temporary file beside the target, then a rename. */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) throws IOException {
    try (Pending out = open(target)) {
      out.writer().write(content);
      out.commit();
    }
  }

  /** A file written as a stream: invisible under its name until {@link Pending#commit}; closing uncommitted discards it. */
  public static Pending open(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    return new Pending(target, tmp, Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
  }

  /** An output being written to a temporary file. */
  public static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final BufferedWriter writer;
    private boolean committed;

    private Pending(Path target, Path tmp, BufferedWriter writer) {
      this.target = target;
      this.tmp = tmp;
      this.writer = writer;
    }

    public Writer writer() {
      return writer;
    }

    /** Flushes and renames the temporary file to the target. */
    public void commit() throws IOException {
      writer.close();
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        writer.close();
        Files.deleteIfExists(tmp);
      }
    }
  }
}
