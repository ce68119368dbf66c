package org.clinex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html}: self-contained, and rendered by headless Chromium with its table and highlights. */
class HtmlReportTest {
  static final String TEXT = "A 48 year old man with lumbar strain had an MRI and a CT of the neck.\n";
  static final String GOLD = "T1\tAge 2 13\t48 year old\nA1\tValue T1 48\nT2\tDiagnosis 23 36\tlumbar strain\n"
      + "T3\tImagingModality 44 47\tMRI\nA2\tModality T3 MRI\n";
  // Age wrong value, Diagnosis missed, MRI matched, CT spurious.
  static final String PRED = "T1\tAge 2 13\t48 year old\nA1\tValue T1 47\nT2\tImagingModality 44 47\tMRI\nA2\tModality T2 MRI\n"
      + "T3\tImagingModality 54 56\tCT\nA3\tModality T3 CT\n";

  @TempDir
  Path tmp;

  Path report() throws Exception {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Path pred = Files.createDirectories(tmp.resolve("pred"));
    Files.writeString(gold.resolve("doc1.txt"), TEXT);
    Files.writeString(gold.resolve("doc1.ann"), GOLD);
    Files.writeString(pred.resolve("doc1.ann"), PRED);
    Path html = tmp.resolve("report.html");
    EvalCommandTest.Result r = EvalCommandTest.run("eval", "--gold", gold.toString(), "--pred", pred.toString(),
        "--format", "html", "--out", html.toString(), "--bootstrap", "100");
    assertEquals(0, r.code(), r.err());
    return html;
  }

  @Test
  void pageIsSelfContained() throws Exception {
    String html = Files.readString(report());
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"?(https?:)?//").matcher(html).find(), "no external resources");
    assertFalse(html.contains("<link"), "no linked stylesheets");
    assertTrue(html.contains("<svg id=\"f1chart\""));
  }

  @Test
  void chromiumRendersTableAndHighlights() throws Exception {
    Optional<Path> chromium = findChromium();
    assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install -y chromium): headless rendering test skipped");
    Path html = report();
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--dump-dom", html.toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    assertTrue(dom.contains("data-ready=\"1\""), "the inline script ran");
    assertTrue(dom.contains("<table id=\"scores\">"), "score table");
    assertTrue(Pattern.compile("<td>ImagingModality</td><td>1</td><td>2</td>").matcher(dom).find(), "ImagingModality row: 1 gold, 2 predicted");
    for (String kind : List.of("match", "miss", "spurious", "wrong")) {
      assertTrue(dom.contains("<mark class=\"hl " + kind + "\""), kind + " highlight");
    }
    assertTrue(Pattern.compile("<mark class=\"hl wrong\"[^>]*>48 year old</mark>").matcher(dom).find(), "wrong value on the age");
    assertTrue(Pattern.compile("<mark class=\"hl miss\"[^>]*>lumbar strain</mark>").matcher(dom).find(), "missed diagnosis");
    assertTrue(Pattern.compile("<mark class=\"hl spurious\"[^>]*>CT</mark>").matcher(dom).find(), "spurious CT");
    assertTrue(dom.contains("id=\"legend\""), "legend");
  }

  static Optional<Path> findChromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
