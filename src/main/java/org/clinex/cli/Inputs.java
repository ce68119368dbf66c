package org.clinex.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinex.io.DocumentText;

/** Expands the command line's files and directories into the documents to process, in a stable order. */
final class Inputs {
  private Inputs() {}

  /** Files as given, and every {@code *.txt} and {@code *.pdf} under each directory, sorted. */
  static List<Path> expand(List<Path> paths) {
    List<Path> documents = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> found = walk.filter(Files::isRegularFile).filter(DocumentText::isDocument).sorted().toList();
          if (found.isEmpty()) {
            throw new IllegalArgumentException(path + ": directory holds no .txt or .pdf documents");
          }
          documents.addAll(found);
        } catch (IOException e) {
          throw new UncheckedIOException(path + ": cannot list directory", e);
        }
      } else if (Files.isRegularFile(path)) {
        documents.add(path);
      } else {
        throw new IllegalArgumentException(path + ": no such file or directory");
      }
    }
    return documents;
  }

  /** The document's name: its file name without {@code .txt} or {@code .pdf}. */
  static String name(Path file) {
    String name = file.getFileName().toString();
    return DocumentText.isDocument(file) ? name.substring(0, name.length() - 4) : name;
  }
}
