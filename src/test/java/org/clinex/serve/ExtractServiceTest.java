package org.clinex.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.clinex.serve.ServiceClient.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.clinex.io.JsonLines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each endpoint and each error code of {@code clinex serve}, over loopback with a real HTTP client. */
class ExtractServiceTest {
  static final Path SEED = Path.of("annotated-gold/seeds/000_8d91f0befde23dce.txt");
  static final long LIMIT = 64 * 1024;
  static Extractor extractor;
  static ExtractService service;
  static ServiceClient client;
  static String seed;

  @BeforeAll
  static void start() throws Exception {
    extractor = Extractor.create();
    service = ExtractService.start(extractor, ServeOptions.defaults(0).withLimits(2, LIMIT, Duration.ofSeconds(30)));
    client = new ServiceClient(service.port());
    seed = Files.readString(SEED, UTF_8);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void plainTextGivesTheLibrarysMentions() throws Exception {
    HttpResponse<String> r = client.post("/extract?id=seed0", "text/plain; charset=utf-8", seed.getBytes(UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(JsonLines.line("seed0", null, extractor.extract(seed).mentions()), r.body());
    assertTrue(r.body().contains("\"57 year old\""));
  }

  @Test
  void jsonObjectAndBatches() throws Exception {
    String object = JsonLines.mapper().writeValueAsString(java.util.Map.of("id", "a", "text", seed));
    HttpResponse<String> one = client.post("/extract", "application/json", object.getBytes(UTF_8));
    assertEquals(200, one.statusCode(), one.body());
    List<Mention> expected = extractor.extract(seed).mentions();
    assertEquals(JsonLines.line("a", null, expected), one.body());

    String array = "[" + object + ",{\"text\":\"An MRI of the neck.\"}]";
    HttpResponse<String> batch = client.post("/extract/batch", "application/json", array.getBytes(UTF_8));
    assertEquals(200, batch.statusCode(), batch.body());
    assertEquals("[" + JsonLines.line("a", null, expected) + ","
        + JsonLines.line("1", null, extractor.extract("An MRI of the neck.").mentions()) + "]", batch.body());

    HttpResponse<String> lines = client.post("/extract/batch", "application/x-ndjson", (object + "\n{\"id\":\"b\",\"text\":\"57 yo\"}\n").getBytes(UTF_8));
    assertEquals(200, lines.statusCode(), lines.body());
    JsonNode results = JsonLines.mapper().readTree(lines.body());
    assertEquals(2, results.size());
    assertEquals("b", results.get(1).get("doc").asText());
    assertEquals("Age", results.get(1).get("mentions").get(0).get("type").asText());
  }

  @Test
  void healthOpenApiAndPage() throws Exception {
    HttpResponse<String> health = client.get("/health");
    assertEquals(200, health.statusCode());
    assertEquals("ok", JsonLines.mapper().readTree(health.body()).get("status").asText());

    HttpResponse<String> api = client.get("/openapi.json");
    assertEquals(200, api.statusCode());
    JsonNode openapi = JsonLines.mapper().readTree(api.body());
    assertTrue(openapi.get("openapi").asText().startsWith("3."));
    for (String path : List.of("/extract", "/extract/batch", "/health")) {
      assertTrue(openapi.get("paths").has(path), path);
    }

    HttpResponse<String> page = client.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("id=\"legend\""));
  }

  @Test
  void badRequestsGetJsonErrors() throws Exception {
    assertTrue(assertError(client.post("/extract", "application/json", "{\"text\": ".getBytes(UTF_8)), 400).contains("malformed JSON"));
    assertTrue(assertError(client.post("/extract", "application/json", "{\"id\": \"x\"}".getBytes(UTF_8)), 400).contains("\"text\""));
    assertTrue(assertError(client.post("/extract", "application/json", "{\"text\": 3}".getBytes(UTF_8)), 400).contains("\"text\""));
    assertTrue(assertError(client.post("/extract", "text/plain", new byte[] {'o', 'k', (byte) 0xff, (byte) 0xfe}), 400).contains("UTF-8"));
    assertTrue(assertError(client.post("/extract", "text/plain", new byte[0]), 400).contains("empty"));
    assertTrue(assertError(client.post("/extract/batch", "application/json", "{\"text\":\"x\"}".getBytes(UTF_8)), 400).contains("array"));
    assertTrue(assertError(client.post("/extract/batch", "application/json", "[{\"text\":\"x\"},{}]".getBytes(UTF_8)), 400).contains("item 1"));
    assertTrue(assertError(client.post("/extract", "text/plain", new byte[(int) LIMIT + 1]), 413).contains("limit"));
    assertTrue(assertError(client.post("/extract", "image/png", new byte[] {1}), 415).contains("image/png"));
    assertTrue(assertError(client.post("/extract", "text/plain; charset=iso-8859-1", new byte[] {'a'}), 415).contains("UTF-8"));
    assertTrue(assertError(client.post("/extract", null, new byte[] {'a'}), 415).contains("Content-Type"));
    assertTrue(assertError(client.get("/nowhere"), 404).contains("/nowhere"));
    assertTrue(assertError(client.get("/extract"), 405).contains("GET"));
  }

  @Test
  void pdfBodyGivesMentionsAndTheTextTheyIndex() throws Exception {
    Path dir = Path.of("../shared/corpus/dwc-imr/pdf");
    assumeTrue(Files.isDirectory(dir), dir + " is absent: PDF request test skipped");
    Path pdf;
    try (var files = Files.list(dir)) {
      pdf = files.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
    }
    ExtractService big = ExtractService.start(extractor, ServeOptions.defaults(0));
    try (big) {
      ServiceClient c = new ServiceClient(big.port());
      HttpResponse<String> r = c.post("/extract?id=letter", "application/pdf", Files.readAllBytes(pdf));
      assertEquals(200, r.statusCode(), r.body());
      JsonNode json = JsonLines.mapper().readTree(r.body());
      String text = json.get("text").asText();
      assertEquals(JsonLines.line("letter", text, extractor.extract(text).mentions()), r.body());
      assertTrue(r.body().contains("\"type\":\"InjuryDate\""));
      assertTrue(assertError(c.post("/extract", "application/pdf", "not a pdf".getBytes(UTF_8)), 400).contains("PDF"));
    }
  }

  @Test
  void timeoutAndFullQueueGet503() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    java.util.function.Function<String, List<Mention>> slow = text -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    };
    try (ExtractService timing = new ExtractService(slow, ServeOptions.defaults(0).withLimits(1, LIMIT, Duration.ofMillis(300)))) {
      String message = assertError(new ServiceClient(timing.port()).post("/extract", "text/plain", "x".getBytes(UTF_8)), 503);
      assertTrue(message.contains("did not finish"), message);
    }
    try (ExtractService busy = new ExtractService(slow, ServeOptions.defaults(0).withLimits(1, LIMIT, Duration.ofSeconds(30)))) {
      ServiceClient c = new ServiceClient(busy.port());
      List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
      for (int i = 0; i < 5; i++) { // one running and four queued fill a one-thread pool
        waiting.add(c.http.sendAsync(c.post("/extract", "text/plain", HttpRequest.BodyPublishers.ofString("x")), HttpResponse.BodyHandlers.ofString()));
      }
      for (int i = 0; i < 200 && busy.pending() < 5; i++) {
        Thread.sleep(50);
      }
      assertEquals(5, busy.pending(), "five requests held");
      assertTrue(assertError(c.post("/extract", "text/plain", "x".getBytes(UTF_8)), 503).contains("busy"));
      release.countDown();
      for (CompletableFuture<HttpResponse<String>> f : waiting) {
        assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
      }
    } finally {
      release.countDown();
    }
  }

  @Test
  void pageHighlightsMentionsInChromium(@TempDir Path tmp) throws Exception {
    Path chromium = null;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        if (chromium == null && Files.isExecutable(Path.of(dir, name))) {
          chromium = Path.of(dir, name);
        }
      }
    }
    assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium): page rendering test skipped");
    String url = client.base + "/?text=" + URLEncoder.encode(seed, UTF_8);
    // The page fetches POST /extract itself; the virtual-time budget lets that finish before the DOM is dumped.
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--virtual-time-budget=5000", "--dump-dom", url)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    assertTrue(Pattern.compile("<mark class=\"t-Age\" data-type=\"Age\"[^>]*>57 year old</mark>").matcher(dom).find(), "Age highlighted: " + dom.length());
    assertTrue(Pattern.compile("<mark class=\"t-InjuryDate\" data-type=\"InjuryDate\"[^>]*>9/29/11</mark>").matcher(dom).find(), "InjuryDate highlighted");
    assertTrue(dom.contains("data-type=\"DisputedItem\""), "DisputedItem highlighted");
    assertTrue(dom.contains("class=\"t-PriorStudy\">PriorStudy</span>"), "legend");
    long rows = Pattern.compile("<tr data-type=").matcher(dom).results().count();
    assertEquals(extractor.extract(seed).mentions().size(), rows, "one table row per mention");
  }
}
