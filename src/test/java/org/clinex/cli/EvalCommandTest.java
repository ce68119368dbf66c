package org.clinex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinex.eval.GoldSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinex eval} end to end on small brat fixtures (no extractor, no corpus needed). */
public class EvalCommandTest {
  static final String TEXT = "A 48 year old man with lumbar strain had an MRI.\n";
  static final String GOLD = "T1\tAge 2 13\t48 year old\nA1\tValue T1 48\nT2\tDiagnosis 23 36\tlumbar strain\n"
      + "T3\tImagingModality 44 47\tMRI\nA2\tModality T3 MRI\n";

  @TempDir
  Path tmp;

  public record Result(int code, String out, String err) {}

  public static Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  Path goldDir() throws Exception {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Files.writeString(gold.resolve("doc1.txt"), TEXT);
    Files.writeString(gold.resolve("doc1.ann"), GOLD);
    Files.writeString(gold.resolve("doc2.txt"), TEXT);
    Files.writeString(gold.resolve("doc2.ann"), GOLD);
    return gold;
  }

  @Test
  void scoresPredictionsFoundByBasenameAndReportsMissingDocuments() throws Exception {
    Path gold = goldDir();
    Path pred = Files.createDirectories(tmp.resolve("pred/nested"));
    // Age with a wrong value, no Diagnosis, the MRI right; doc2 has no prediction file.
    Files.writeString(pred.resolve("doc1.ann"), "T1\tAge 2 13\t48 year old\nA1\tValue T1 49\nT2\tImagingModality 44 47\tMRI\nA2\tModality T2 MRI\n");
    Result r = run("eval", "--gold", gold.toString(), "--pred", tmp.resolve("pred").toString(), "--format", "json", "--bootstrap", "50");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("no predictions for 1 document(s)") && r.err().contains("doc2"), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.at("/types/Age/lenient/tp").asInt());
    assertEquals(0, json.at("/types/Age/value/tp").asInt());
    assertEquals(2, json.at("/types/Age/value/fn").asInt());
    assertEquals(1, json.at("/types/ImagingModality/strict/tp").asInt());
    assertEquals(2, json.at("/types/Diagnosis/strict/fn").asInt());
    assertEquals(0.0, json.at("/types/Diagnosis/strict/precision").asDouble());
    assertEquals(2, json.at("/micro/value/tp").asInt() + json.at("/micro/value/fp").asInt());
    assertTrue(json.at("/ci/micro/value/f1_low").isNumber());
    assertEquals("doc2", json.at("/documents/missing_predictions/0").asText());
  }

  @Test
  void cutAtScoresEachPartOfTheTextsApart() throws Exception {
    Path gold = goldDir();
    Path pred = Files.createDirectories(tmp.resolve("pred"));
    // The cut is at "had": in both documents the Age and the Diagnosis lie before it and the MRI after it.
    // doc1 predicts the Age and a modality on the wrong words; doc2 the MRI only.
    Files.writeString(pred.resolve("doc1.ann"), "T1\tAge 2 13\t48 year old\nA1\tValue T1 48\nT2\tImagingModality 41 43\tan\nA2\tModality T2 MRI\n");
    Files.writeString(pred.resolve("doc2.ann"), "T1\tImagingModality 44 47\tMRI\nA1\tModality T1 MRI\n");
    Result r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--format", "json", "--bootstrap", "0",
        "--cut-at", "\\bhad\\b");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode before = json.get("before /\\bhad\\b/");
    JsonNode from = json.get("from /\\bhad\\b/");
    assertEquals(1, before.at("/types/Age/value/tp").asInt());
    assertEquals(1, before.at("/types/Age/value/fn").asInt());
    assertEquals(2, before.at("/types/Diagnosis/value/fn").asInt());
    assertEquals(0, before.at("/types/ImagingModality/value/fn").asInt() + before.at("/types/ImagingModality/value/fp").asInt());
    assertEquals(1, from.at("/types/ImagingModality/strict/tp").asInt());
    assertEquals(1, from.at("/types/ImagingModality/strict/fp").asInt());
    assertEquals(0, from.at("/types/Age/value/fn").asInt() + from.at("/types/Diagnosis/value/fn").asInt());

    Result table = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--bootstrap", "0", "--cut-at", "MRI");
    assertTrue(table.out().startsWith("== before /MRI/") && table.out().contains("\n== from /MRI/\n"), table.out());
    Result bad = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--cut-at", "(");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--cut-at: not a regex"), bad.err());
    assertEquals(2, run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--cut-at", "x", "--format", "csv").code());
  }

  @Test
  void errorsListWrongValuesWithContextAndRule() throws Exception {
    Path gold = goldDir();
    Path pred = Files.createDirectories(tmp.resolve("pred"));
    Files.writeString(pred.resolve("doc1.ann"), "T1\tAge 2 13\t48 year old\nA1\tValue T1 49\n");
    Files.writeString(pred.resolve("doc2.ann"), "");
    Result r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--errors", "--bootstrap", "0");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("WRONG VALUE    doc1 2-13  A [48 year old] man with lumbar strain had an MRI. "), r.out());
    assertTrue(r.out().contains("gold {Value=48} pred {Value=49}"), r.out());
    assertTrue(r.out().contains("FALSE NEGATIVE doc2 23-36"), r.out());
    assertTrue(r.out().contains("Per-rule precision"), r.out());
  }

  @Test
  void badGoldStopsWithOneLineNamingFileAndLine() throws Exception {
    Path gold = goldDir();
    Files.writeString(gold.resolve("doc2.ann"), "T1\tAge 2 13\t48 year old\nA1\tValue T1 48\nT2\tDiagnosis 23 99\tlumbar strain\n");
    Result r = run("eval", "--gold", gold.toString(), "--pred", gold.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("doc2.ann:3: offset 99 is past the end of the text"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());

    Files.writeString(gold.resolve("doc2.ann"), "T1\tAge 2 13\t48 years old\nA1\tValue T1 48\n");
    r = run("eval", "--gold", gold.toString(), "--pred", gold.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("doc2.ann:1: covered text '48 years old' does not match"), r.err());

    Files.writeString(gold.resolve("doc2.ann"), "T1\tAgeing 2 13\t48 year old\n");
    assertTrue(run("eval", "--gold", gold.toString(), "--pred", gold.toString()).err().contains("doc2.ann:1: unknown entity type 'Ageing'"));

    Files.writeString(gold.resolve("doc2.ann"), "T1 Age 2 13 48 year old\n");
    r = run("eval", "--gold", gold.toString(), "--pred", gold.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("doc2.ann:1: "), r.err());
  }

  @Test
  void manifestResolvesSeedsAndCorpusAndChecksHashes() throws Exception {
    Path ag = Files.createDirectories(tmp.resolve("annotated-gold/seeds"));
    Files.writeString(ag.resolve("s1.txt"), TEXT);
    Files.writeString(ag.resolve("s1.ann"), GOLD);
    Path sub = Files.createDirectories(tmp.resolve("annotated-gold/agreement/first/seeds"));
    Files.writeString(sub.resolve("s1.ann"), GOLD);
    String sha = GoldSet.sha256(TEXT.getBytes(StandardCharsets.UTF_8));
    Path manifest = sub.getParent().resolve("manifest.tsv");
    Files.writeString(manifest, "id\tpath\tsha256\tsplit\nseeds/s1\tseeds/s1.txt\t" + sha + "\ttest\n"
        + "corpus/x/gone\tx/gone.txt\t" + sha + "\ttest\n");
    GoldSet set = GoldSet.load(manifest, "test", tmp.resolve("no-corpus"));
    assertEquals(1, set.documents().size());
    assertEquals(java.util.List.of("corpus/x/gone"), set.unresolved());
    assertEquals(0, GoldSet.load(manifest, "dev", tmp.resolve("no-corpus")).documents().size());

    Files.writeString(manifest, "id\tpath\tsha256\tsplit\nseeds/s1\tseeds/s1.txt\t" + "0".repeat(64) + "\ttest\n");
    Result r = run("eval", "--gold", manifest.toString(), "--pred", sub.getParent().toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("seeds/s1: sha256") && r.err().contains("manifest.tsv:2"), r.err());
  }

  @Test
  void baselineGateNamesRegressedTypes() throws Exception {
    Path gold = goldDir();
    Path pred = Files.createDirectories(tmp.resolve("pred"));
    Files.writeString(pred.resolve("doc1.ann"), GOLD);
    Files.writeString(pred.resolve("doc2.ann"), "T1\tAge 2 13\t48 year old\nA1\tValue T1 48\nT3\tImagingModality 44 47\tMRI\nA2\tModality T3 MRI\n");
    Path baseline = tmp.resolve("out/baseline.json");
    Result w = run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--bootstrap", "0", "--write-baseline", baseline.toString());
    assertEquals(0, w.code(), w.err());
    assertTrue(Files.exists(baseline));
    Result same = run("eval", "--gold", gold.toString(), "--pred", gold.toString(), "--bootstrap", "0", "--check-baseline", baseline.toString());
    assertEquals(0, same.code(), same.err());
    Result worse = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--bootstrap", "0", "--check-baseline", baseline.toString());
    assertEquals(1, worse.code(), worse.err());
    assertTrue(worse.err().contains("regression: Diagnosis: value F1 0.6667 < baseline 1.0000"), worse.err());
    assertFalse(worse.err().contains("Age"), worse.err());
  }

  @Test
  void compareTwoPredictionDirs() throws Exception {
    Path gold = goldDir();
    Path a = Files.createDirectories(tmp.resolve("a"));
    Files.writeString(a.resolve("doc1.ann"), "");
    Files.writeString(a.resolve("doc2.ann"), "");
    Result r = run("eval", "--gold", gold.toString(), "--compare", a.toString(), gold.toString(), "--format", "json", "--bootstrap", "200");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1.0, json.at("/types/micro/delta").asDouble());
    assertTrue(json.at("/types/micro/p").asDouble() > 0);
  }
}
