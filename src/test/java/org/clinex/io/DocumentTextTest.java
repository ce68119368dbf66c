package org.clinex.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clinex.EntityType;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.clinex.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF input: the DWC letters as PDF give the same mentions as their pdftotext copies. */
class DocumentTextTest {
  static final Path CORPUS = Path.of("../shared/corpus/dwc-imr");
  static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  /** A few letters, for the checks that look at one letter closely. */
  static List<Path> letters() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS.resolve("pdf")), CORPUS + "/pdf is absent: PDF tests skipped");
    try (Stream<Path> files = Files.list(CORPUS.resolve("pdf"))) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().limit(4).toList();
    }
  }

  @Test
  void pdfGivesTheHeaderInjuryDateAndTheDecisions() throws IOException {
    for (Path pdf : letters()) {
      DocumentText doc = DocumentText.read(pdf);
      assertTrue(doc.fromPdf());
      String txt = Files.readString(CORPUS.resolve("txt").resolve(pdf.getFileName().toString().replace(".pdf", ".txt")));
      // pdftotext writes the header's labels, then its values: the value in the Date of Injury position.
      Mention expected = extractor.extract(txt).mentions().stream()
          .filter(m -> m.rule().equals("injury_date.header_table")).findFirst().orElseThrow();
      List<Mention> mentions = extractor.extract(doc.text()).mentions();
      // PDFBox, sorting by position, writes "Date of Injury:  10/10/2016" on one line.
      assertTrue(doc.text().contains("Date of Injury:  " + expected.text()), pdf + ": inline header");
      assertTrue(mentions.stream().anyMatch(m -> m.type() == EntityType.INJURY_DATE && m.start() < 400
          && m.text().equals(expected.text()) && m.attributes().equals(expected.attributes())), pdf + ": header date " + expected.text());
      List<String> decisions = decisions(mentions);
      assertFalse(decisions.isEmpty(), pdf + ": decisions");
      assertEquals(decisions(extractor.extract(txt).mentions()), decisions, pdf + ": decisions");
    }
  }

  /**
   * Every letter gives the same mentions from its PDF as from its pdftotext copy: type, attributes, and
   * text up to white space and hyphens (pdftotext drops a hyphen at a line end, "x-rays" becomes "xrays").
   */
  @Test
  void everyLetterGivesTheSameMentionsFromItsPdf() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS.resolve("pdf")), CORPUS + "/pdf is absent: PDF tests skipped");
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(CORPUS.resolve("pdf"))) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    List<String> differences = new ArrayList<>();
    for (Path pdf : pdfs) {
      Path txt = CORPUS.resolve("txt").resolve(pdf.getFileName().toString().replace(".pdf", ".txt"));
      Multiset<String> fromTxt = comparable(extractor.extract(Files.readString(txt)).mentions());
      Multiset<String> fromPdf = comparable(extractor.extract(DocumentText.read(pdf).text()).mentions());
      Multisets.difference(fromTxt, fromPdf).forEach(m -> differences.add(pdf.getFileName() + " only from text: " + m));
      Multisets.difference(fromPdf, fromTxt).forEach(m -> differences.add(pdf.getFileName() + " only from PDF: " + m));
    }
    assertTrue(pdfs.size() > 100, "the corpus's letters");
    assertEquals(List.of(), differences);
  }

  private static Multiset<String> comparable(List<Mention> mentions) {
    Multiset<String> keys = HashMultiset.create();
    mentions.forEach(m -> keys.add(m.type() + " " + m.text().replaceAll("[\\s-]+", "").toLowerCase(Locale.ROOT) + " " + m.attributes()));
    return keys;
  }

  private static List<String> decisions(List<Mention> mentions) {
    return mentions.stream().filter(m -> m.type() == EntityType.DISPUTED_ITEM)
        .map(m -> m.text().replaceAll("\\s+", " ") + ": " + m.attribute("Decision")).toList();
  }

  @Test
  void extractCommandKeepsThePdfTextBesideTheOffsets(@TempDir Path tmp) throws Exception {
    Path pdf = letters().get(0);
    String name = pdf.getFileName().toString().replace(".pdf", "");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(pdf, in.resolve(pdf.getFileName()));
    Files.copy(Path.of("annotated-gold/seeds/000_8d91f0befde23dce.txt"), in.resolve("seed.txt"));

    assertEquals(0, Main.run("extract", "--format", "brat", "--out", tmp.resolve("brat").toString(), in.toString()));
    String text = Files.readString(tmp.resolve("brat/" + name + ".txt"));
    List<Mention> fromBrat = assertDoesNotThrowParse(Files.readString(tmp.resolve("brat/" + name + ".ann")), text);
    assertEquals(extractor.extract(text).mentions().size(), fromBrat.size());
    assertFalse(Files.exists(tmp.resolve("brat/seed.txt")), "a .txt input is not copied");

    assertEquals(0, Main.run("extract", "--out", tmp.resolve("jsonl").toString(), in.toString()));
    List<String> lines = Files.readAllLines(tmp.resolve("jsonl/mentions.jsonl"), StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), "the directory's .pdf and .txt");
    JsonNode pdfLine = JsonLines.mapper().readTree(lines.get(0));
    assertEquals(name, pdfLine.get("doc").asText());
    String extracted = pdfLine.get("text").asText();
    for (JsonNode m : pdfLine.get("mentions")) {
      assertEquals(m.get("text").asText(), extracted.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    assertFalse(JsonLines.mapper().readTree(lines.get(1)).has("text"), "a .txt input's text is the user's file");
  }

  private static List<Mention> assertDoesNotThrowParse(String ann, String text) throws BratFormatException {
    return Brat.parse(ann, text, "pdf.ann");
  }

  @Test
  void unreadableInputsAreReported(@TempDir Path tmp) throws IOException {
    Path notPdf = Files.writeString(tmp.resolve("x.pdf"), "plain words");
    assertThrows(IOException.class, () -> DocumentText.read(notPdf));
    Path latin1 = Files.write(tmp.resolve("x.txt"), new byte[] {'a', (byte) 0xe9});
    assertThrows(IOException.class, () -> DocumentText.read(latin1));
    assertEquals("caf\u00e9", DocumentText.read(Files.writeString(tmp.resolve("y.txt"), "caf\u00e9")).text());
  }
}
