package org.clinex;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken copy of models/ stops start-up with the file (and line) and the problem. */
class RulesErrorTest {
  @TempDir
  Path tmp;

  private Path brokenCopy(String relative, String appended) throws IOException {
    Path models = Path.of("models");
    try (Stream<Path> files = Files.walk(models)) {
      for (Path p : files.toList()) {
        Path target = tmp.resolve(models.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(tmp.resolve(relative), appended, StandardOpenOption.APPEND);
    return tmp;
  }

  private String failure(String relative, String appended) throws IOException {
    Path dir = brokenCopy(relative, appended);
    RulesException e = assertThrows(RulesException.class, () -> Extractor.builder().rulesDir(dir).build());
    assertTrue(e.getMessage().startsWith(dir.resolve(relative).toString()), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e.getMessage();
  }

  private static int lines(Path file) throws IOException {
    return Files.readAllLines(file).size();
  }

  @Test
  void badTokensRegexSyntaxNamesTheFileAndLine() throws IOException {
    int line = lines(Path.of("models/rules/age.rules")) + 1;
    String message = failure("rules/age.rules", "{ pattern: ( /unclosed ), result: \"age.broken\" }\n");
    assertTrue(message.contains("age.rules:" + line + ": rule \"age.broken\": "), message);
  }

  @Test
  void anUnknownMacroNamesTheFileAndTheMacro() throws IOException {
    String message = failure("rules/age.rules", "{ pattern: ( $NO_SUCH_MACRO /year/ ), result: \"age.unknown_macro\" }\n");
    assertTrue(message.contains("NO_SUCH_MACRO"), message);
    assertTrue(message.contains(": rule \"age.unknown_macro\""), message);
  }

  @Test
  void aLexiconRowWithTheWrongColumnCountNamesFileAndLine() throws IOException {
    int line = lines(Path.of("models/lexicons/modality.tsv")) + 1;
    String message = failure("lexicons/modality.tsv", "CT scan\tCT\textra\n");
    assertTrue(message.contains("modality.tsv:" + line + ": expected 2 tab-separated columns, found 3"), message);
  }

  @Test
  void aLexiconRowRepeatingAnEarlierOneNamesBothLines() throws IOException {
    Path cues = Path.of("models/lexicons/context_cues.tsv");
    int line = lines(cues) + 1;
    int first = Files.readAllLines(cues).indexOf("no history of\tNEGATED_PRE") + 1;
    String message = failure("lexicons/context_cues.tsv", "no history of\tNEGATED_PRE\n");
    assertTrue(message.contains("context_cues.tsv:" + line + ": repeats line " + first), message);
  }

  @Test
  void aSectionRowNamingAnUndefinedDocumentTestNamesFileLineAndName() throws IOException {
    int line = lines(Path.of("models/lexicons/sections.tsv")) + 1;
    String message = failure("lexicons/sections.tsv", "\\bFOO:\tNOTE\t@no_such_test\n");
    assertTrue(message.contains("sections.tsv:" + line + ": no document test named @no_such_test is defined above"), message);
  }

  @Test
  void anUnknownModalityCodeNamesFileLineAndCode() throws IOException {
    int line = lines(Path.of("models/lexicons/modality.tsv")) + 1;
    String message = failure("lexicons/modality.tsv", "pet scan\tPETX\n");
    assertTrue(message.contains("modality.tsv:" + line + ": unknown modality code PETX"), message);
  }
}
