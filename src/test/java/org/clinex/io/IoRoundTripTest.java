package org.clinex.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinex.EntityType;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.junit.jupiter.api.Test;

/** brat, JSON lines and CSV: what is written reads back equal. */
class IoRoundTripTest {
  // Commas, quotes, a line break and a non-ASCII letter in the covered text; offsets index TEXT.
  static final String TEXT = "Dx: \"lumbar, sprain\"\nstrain; age 57 y/o, caf\u00e9 MRI";
  static final List<Mention> MENTIONS = List.of(
      new Mention(EntityType.DIAGNOSIS, 4, 27, TEXT.substring(4, 27), Map.of("Assertion", "possible"), "diagnosis.x"),
      new Mention(EntityType.AGE, 33, 39, TEXT.substring(33, 39), Map.of("Value", "57"), "age.y"),
      new Mention(EntityType.IMAGING_MODALITY, 46, 49, "MRI", Map.of("Modality", "MRI"), null));

  private static List<Mention> withoutRules(List<Mention> mentions) {
    return mentions.stream().map(m -> new Mention(m.type(), m.start(), m.end(), m.text(), m.attributes(), null)).toList();
  }

  @Test
  void bratWritesAndReadsBack() throws Exception {
    assertEquals("MRI", TEXT.substring(46, 49));
    String ann = Brat.format(MENTIONS);
    assertTrue(ann.contains("\t\"lumbar, sprain\" strain\n"), "line break shown as a space in the covered column");
    assertEquals(withoutRules(MENTIONS), Brat.parse(ann, TEXT, "t.ann"), "brat has no rule column");
  }

  @Test
  void jsonLinesReadBackIntoMentions() {
    String line = JsonLines.line("d,\"1\"", TEXT, MENTIONS);
    assertTrue(!line.contains("\n"), "one line");
    JsonLines.Document doc = JsonLines.read(line);
    assertEquals("d,\"1\"", doc.doc());
    assertEquals(TEXT, doc.text());
    assertEquals(MENTIONS, doc.mentions());
    assertNull(JsonLines.read(JsonLines.line("x", null, List.of())).text());
    assertThrows(IllegalArgumentException.class, () -> JsonLines.read("{\"doc\": \"x\", \"mentions\": [{\"type\": \"Nope\"}]}"));
    assertThrows(IllegalArgumentException.class, () -> JsonLines.read("{\"doc\": \"x\"}"));
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() {
    String csv = Csv.HEADER + "\r\n" + Csv.rows("doc, \"one\"", MENTIONS);
    assertTrue(csv.contains("\"doc, \"\"one\"\"\",Diagnosis,4,27,\"\"\"lumbar, sprain\"\"\nstrain\",Assertion=possible,diagnosis.x\r\n"), csv);
    assertTrue(csv.contains(",ImagingModality,46,49,MRI,Modality=MRI,\r\n"), "no quotes where none are needed");
    List<Csv.Row> rows = Csv.read(csv);
    assertEquals(MENTIONS, rows.stream().map(Csv.Row::mention).toList());
    assertTrue(rows.stream().allMatch(r -> r.doc().equals("doc, \"one\"")));
    assertThrows(IllegalArgumentException.class, () -> Csv.read("d,Age,1,2\r\n"));
    assertThrows(IllegalArgumentException.class, () -> Csv.read("d,Age,x,2,t,Value=5,r\r\n"));
  }

  @Test
  void aSeedLettersMentionsSurviveEveryFormat() throws Exception {
    String text = Files.readString(Path.of("annotated-gold/seeds/001_37ba56cc00e8ab11.txt"), StandardCharsets.UTF_8);
    List<Mention> mentions = Extractor.create().extract(text).mentions();
    assertTrue(mentions.size() > 5);
    assertEquals(withoutRules(mentions), Brat.parse(Brat.format(mentions), text, "seed.ann"));
    assertEquals(mentions, JsonLines.read(JsonLines.line("seed", null, mentions)).mentions());
    assertEquals(mentions, Csv.read(Csv.rows("seed", mentions)).stream().map(Csv.Row::mention).toList());
  }
}
