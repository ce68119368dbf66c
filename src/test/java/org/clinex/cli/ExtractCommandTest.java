package org.clinex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinex extract} end to end: formats, bad inputs in a batch, --resume, user errors. */
class ExtractCommandTest {
  static final String LETTER = "The patient is a 57 year old man injured on 9/29/11 with lumbar strain.\nAn MRI was done.\n";

  @TempDir
  Path tmp;

  @Test
  void badDocumentsFailAloneAndTheRunEndsWithASummaryAndExitOne() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a_good.txt"), LETTER);
    Files.write(in.resolve("b_binary.txt"), new byte[] {'a', 0, 'b'});
    Files.writeString(in.resolve("c_empty.txt"), "");
    byte[] bom = "\uFEFF57 year old".getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("d_bom.txt"), bom);
    Files.write(in.resolve("e_latin1.txt"), "caf\u00e9 57 year old".getBytes(StandardCharsets.ISO_8859_1));
    Path out = tmp.resolve("out");
    EvalCommandTest.Result r = EvalCommandTest.run("extract", "--format", "brat", "--out", out.toString(), in.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("clinex: 5 read, 4 succeeded, 1 failed"), r.err());
    assertTrue(r.err().contains("clinex: failed: " + in.resolve("b_binary.txt") + ": binary file (NUL byte at offset 1)"), r.err());
    assertTrue(r.err().contains("clinex: warning: " + in.resolve("e_latin1.txt") + ": invalid UTF-8"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertTrue(Files.readString(out.resolve("a_good.ann")).contains("Age 17 28\t57 year old"));
    assertEquals("", Files.readString(out.resolve("c_empty.ann")));
    // BOM dropped: offsets index the text after it.
    assertTrue(Files.readString(out.resolve("d_bom.ann")).startsWith("T1\tAge 0 11\t57 year old"));
    // The replacement character is one char, so offsets index the decoded text.
    assertTrue(Files.readString(out.resolve("e_latin1.ann")).startsWith("T1\tAge 5 16\t57 year old"));
    assertFalse(Files.exists(out.resolve("b_binary.ann")));
    try (Stream<Path> left = Files.list(out)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    // --resume: existing .ann files are kept and their documents skipped; the failed one is retried.
    Files.writeString(out.resolve("a_good.ann"), "kept\n");
    r = EvalCommandTest.run("extract", "--format", "brat", "--resume", "--out", out.toString(), in.toString());
    assertEquals("kept\n", Files.readString(out.resolve("a_good.ann")));
    assertTrue(r.err().contains("clinex: 1 read, 0 succeeded, 1 failed, 4 skipped (--resume)"), r.err());
  }

  @Test
  void jsonlAndCsvStreamInInputOrderToStdoutOrToOneFile() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(in.resolve("doc" + i + ".txt"), "x ".repeat(i * 50) + LETTER);
    }
    EvalCommandTest.Result r = EvalCommandTest.run("extract", "--threads", "3", in.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size());
    for (int i = 0; i < 6; i++) {
      assertTrue(lines.get(i).startsWith("{\"doc\":\"doc" + i + "\""), lines.get(i));
      assertTrue(lines.get(i).contains("\"start\":" + (i * 100 + 17)), lines.get(i));
    }
    Path out = tmp.resolve("out");
    r = EvalCommandTest.run("extract", "--format", "csv", "--out", out.toString(), in.resolve("doc0.txt").toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out.resolve("mentions.csv"));
    assertEquals("doc,type,start,end,text,attributes,rule", rows.get(0));
    assertTrue(rows.get(1).startsWith("doc0,Age,17,28,57 year old,Value=57,"), rows.get(1));
  }

  @Test
  void userErrorsAreOneLineWithExitTwo() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    EvalCommandTest.Result r = EvalCommandTest.run("extract", tmp.resolve("nope.txt").toString());
    assertEquals(2, r.code());
    assertEquals("clinex: " + tmp.resolve("nope.txt") + ": no such file or directory", r.err().strip());
    r = EvalCommandTest.run("extract", empty.toString());
    assertEquals(2, r.code());
    assertEquals("clinex: " + empty + ": directory holds no .txt or .pdf documents", r.err().strip());
    r = EvalCommandTest.run("extract", "--resume", empty.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().strip().startsWith("clinex: --resume needs --format brat"), r.err());
  }

  @Test
  void anExtractionOverTheTimeLimitFailsAndTheNextDocumentStillRuns() throws Exception {
    // Pathological repetition far longer than the limit: reported as timed out, never a hang.
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a_repeat.txt"), "5/5 ".repeat(100_000));
    Files.writeString(in.resolve("b_good.txt"), LETTER);
    EvalCommandTest.Result r = EvalCommandTest.run("extract", "--threads", "1", "--timeout", "1", in.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("clinex: failed: " + in.resolve("a_repeat.txt") + ": timed out after 1.0 s"), r.err());
    assertTrue(r.out().startsWith("{\"doc\":\"b_good\""), r.out());
  }
}
