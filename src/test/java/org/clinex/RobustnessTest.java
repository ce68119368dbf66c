package org.clinex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.clinex.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd inputs through the shared extractor and the command line (README, "Robustness"). */
class RobustnessTest {
  static Extractor extractor;
  static List<String> documents = new ArrayList<>();

  @TempDir
  Path tmp;

  @BeforeAll
  static void load() throws Exception {
    extractor = Extractor.create();
    try (Stream<Path> seeds = Files.list(Path.of("annotated-gold/seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(Files.readString(p));
      }
    }
    Path corpus = Path.of("../shared/corpus/dwc-imr/txt");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> letters = Files.list(corpus)) {
        for (Path p : letters.sorted().limit(2).toList()) {
          documents.add(Files.readString(p));
        }
      }
    }
  }

  @Test
  void twoThreadsGiveExactlyTheOutputOfOne() throws Exception {
    List<Extraction> sequential = documents.stream().map(extractor::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Extraction>> parallel = new ArrayList<>();
      for (int round = 0; round < 1; round++) {
        for (String d : documents) {
          parallel.add(pool.submit(() -> extractor.extract(d)));
        }
      }
      for (int i = 0; i < parallel.size(); i++) {
        assertEquals(sequential.get(i % documents.size()), parallel.get(i).get(), "document " + i % documents.size());
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(sequential.stream().mapToInt(e -> e.mentions().size()).sum() > 20);
  }

  @Test
  void crlfOffsetsIndexTheTextAsRead() {
    String lf = documents.get(0);
    String crlf = lf.replace("\n", "\r\n");
    Extraction e = extractor.extract(crlf);
    assertEquals(extractor.extract(lf).mentions().size(), e.mentions().size());
    for (Mention m : e.mentions()) {
      assertEquals(crlf.substring(m.start(), m.end()), m.text());
    }
  }

  /**
   * A letter's layout does not change what is found: every DWC letter, copied double-spaced (a blank
   * line after each line and a trailing space, as the seeds come) and with CRLF line ends, gives the
   * same mentions at the same places (its header table included) as pdftotext's copy, and so does
   * a copy wrapped at 60 columns instead of about 95 (decided items then run over three lines).
   */
  @Test
  void everyLetterGivesTheSameMentionsDoubleSpacedWithCrlfAndWrappedNarrower() throws Exception {
    Path corpus = Path.of("../shared/corpus/dwc-imr/txt");
    assumeTrue(Files.isDirectory(corpus), corpus + " is absent: layout invariance over the letters skipped");
    List<Path> letters;
    try (Stream<Path> files = Files.list(corpus)) {
      letters = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> differences = new ArrayList<>();
    for (Path letter : letters) {
      String text = Files.readString(letter);
      List<Mention> expected = extractor.extract(text).mentions();
      for (String lineEnd : List.of(" \n\n", "\r\n")) {
        String copy = text.replace("\n", lineEnd);
        List<Mention> found = extractor.extract(copy).mentions().stream()
            .map(m -> inOriginal(m, text, original(copy, lineEnd, m.start()), original(copy, lineEnd, m.end())))
            .toList();
        if (!found.equals(expected)) {
          differences.add(letter.getFileName() + " with line ends " + lineEnd.replace("\n", "\\n").replace("\r", "\\r"));
        }
      }
      String narrow = wrapped(text, 60);
      List<Mention> found = extractor.extract(narrow).mentions().stream().map(m -> inOriginal(m, text, m.start(), m.end())).toList();
      if (!found.equals(expected)) {
        differences.add(letter.getFileName() + " wrapped at 60 columns");
      }
    }
    assertTrue(letters.size() > 100, "the corpus's letters");
    assertEquals(List.of(), differences);
  }

  /** {@code text} with its long lines wrapped at {@code width} columns: a space becomes a line break, nothing moves. */
  private static String wrapped(String text, int width) {
    char[] c = text.toCharArray();
    int lineStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\n') {
        lineStart = i + 1;
        lastSpace = -1;
      } else if (c[i] == ' ') {
        lastSpace = i;
      }
      if (i - lineStart >= width && lastSpace > lineStart) {
        c[lastSpace] = '\n';
        lineStart = lastSpace + 1;
        lastSpace = -1;
      }
    }
    return new String(c);
  }

  /** {@code m}, found in a copy, as a mention of the original {@code text} at {@code [start, end)}. */
  private static Mention inOriginal(Mention m, String text, int start, int end) {
    return new Mention(m.type(), start, end, text.substring(start, end), m.attributes(), m.rule());
  }

  /** The offset in the original text of {@code offset} in its copy whose line ends are {@code lineEnd}. */
  private static int original(String copy, String lineEnd, int offset) {
    int lines = 0;
    for (int i = copy.indexOf(lineEnd); i >= 0 && i + lineEnd.length() <= offset; i = copy.indexOf(lineEnd, i + lineEnd.length())) {
      lines++;
    }
    return offset - lines * (lineEnd.length() - 1);
  }

  @Test
  void emptyAndBlankTextsHaveNoMentions() {
    assertEquals(List.of(), extractor.extract("").mentions());
    assertEquals(List.of(), extractor.extract(" \n\n\r\n\f ").mentions());
  }

  @Test
  void hugeAndPathologicalFilesGetAResultOrOneLineAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String letters = String.join("\n\n", documents);
    try (var out = Files.newBufferedWriter(in.resolve("a_50mb.txt"))) {
      for (long written = 0; written < 50_000_000L; written += letters.length() + 2) {
        out.write(letters);
        out.write("\n\n");
      }
    }
    String flat = letters.replaceAll("\\s+", " ");
    Files.writeString(in.resolve("b_one_line.txt"), flat.repeat(1_000_000 / flat.length() + 1).substring(0, 1_000_000));
    Files.writeString(in.resolve("c_year_old.txt"), "year old ".repeat(100_000));
    Files.writeString(in.resolve("d_good.txt"), "A 57 year old man.\n");
    var r = org.clinex.cli.EvalCommandTest.run("extract", "--timeout", "2", in.toString());
    assertTrue(r.out().contains("{\"doc\":\"d_good\",\"mentions\":[{\"type\":\"Age\",\"start\":2,\"end\":13"), r.out());
    for (String line : r.err().lines().toList()) {
      assertTrue(line.startsWith("clinex: "), "one clear line each: " + line);
      assertFalse(line.contains("Exception"), line);
    }
    for (String name : List.of("a_50mb", "b_one_line", "c_year_old")) {
      boolean extracted = r.out().contains("{\"doc\":\"" + name + "\"");
      boolean timedOut = r.err().contains("clinex: failed: " + in.resolve(name + ".txt") + ": timed out after 2.0 s");
      assertTrue(extracted ^ timedOut, name + ": " + r.err());
    }
  }
}
