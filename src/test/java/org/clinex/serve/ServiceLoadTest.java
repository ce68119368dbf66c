package org.clinex.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.clinex.Extractor;
import org.clinex.io.JsonLines;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service under load, over loopback: 2,000 requests from 16 concurrent clients, good ones mixed
 * with oversized, empty, non-UTF-8 and malformed-JSON ones. Every good answer must equal the library's,
 * every bad one a 4xx JSON error, none a 5xx; the heap after GC must stay near where it started.
 * Figures (throughput, latency, statuses, heap) are printed and written to target/load-test.txt;
 * nothing is asserted on time. Exclude with {@code -DexcludedGroups=load}.
 */
@Tag("load")
class ServiceLoadTest {
  static final int REQUESTS = Integer.getInteger("clinex.load.requests", 2000);
  static final int CLIENTS = 16;
  static final long LIMIT = 256 * 1024;

  /** One request and what must come back. */
  record Case(String path, String contentType, byte[] body, int status, String expected) {}

  @Test
  void goodAndBadRequestsFromSixteenClients() throws Exception {
    Extractor extractor = Extractor.create();
    List<Case> good = new ArrayList<>();
    List<String> texts = List.of("A 57 year old with 4+/5 strength; MRI of the neck in 2014.",
        "Date of injury: 3/28/11. Diagnoses: lumbar sprain/strain.", "No findings.");
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      var mentions = extractor.extract(text).mentions();
      good.add(new Case("/extract?id=t" + i, "text/plain; charset=utf-8", text.getBytes(UTF_8), 200, JsonLines.line("t" + i, null, mentions)));
      String object = JsonLines.mapper().writeValueAsString(Map.of("id", "j" + i, "text", text));
      good.add(new Case("/extract", "application/json", object.getBytes(UTF_8), 200, JsonLines.line("j" + i, null, mentions)));
      good.add(new Case("/extract/batch", "application/json", ("[" + object + "]").getBytes(UTF_8), 200,
          "[" + JsonLines.line("j" + i, null, mentions) + "]"));
    }
    // One whole letter in ten requests (a seed letter takes 15 to 25 ms once warm, 0.1 to 0.5 s
    // before), so that most of the load is the service itself and the run stays under a minute.
    String letter = Files.readString(Path.of("annotated-gold/seeds/004_336d6205bbcc65a7.txt"), UTF_8);
    good.add(new Case("/extract?id=letter", "text/plain", letter.getBytes(UTF_8), 200,
        JsonLines.line("letter", null, extractor.extract(letter).mentions())));
    List<Case> bad = List.of(
        new Case("/extract", "text/plain", new byte[(int) LIMIT + 1000], 413, null),
        new Case("/extract", "text/plain", new byte[0], 400, null),
        new Case("/extract", "text/plain", new byte[] {'a', (byte) 0xc3, (byte) 0x28, 'b'}, 400, null),
        new Case("/extract", "application/json", "{\"id\": 1, \"text\": \"x".getBytes(UTF_8), 400, null),
        new Case("/extract/batch", "application/json", "[{\"text\": \"x\"},".getBytes(UTF_8), 400, null),
        new Case("/extract", "application/json", "{\"id\": \"no text\"}".getBytes(UTF_8), 400, null),
        new Case("/extract", "application/xml", "<a/>".getBytes(UTF_8), 415, null));

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = usedHeapAfterGc(memory);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicLongArray latency = new AtomicLongArray(REQUESTS);
    AtomicInteger next = new AtomicInteger();
    long started;
    long elapsed;
    // 4 workers + a queue of 16 hold all 16 clients, so a correct server never needs to answer 503 here.
    try (ExtractService service = ExtractService.start(extractor, ServeOptions.defaults(0).withLimits(4, LIMIT, Duration.ofSeconds(60)))) {
      ServiceClient client = new ServiceClient(service.port());
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      started = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(clients.submit(() -> {
          for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
            Case k = i % 10 == 9 ? bad.get((i / 10) % bad.size()) : good.get(i % good.size());
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
              r = client.post(k.path(), k.contentType(), k.body());
            } catch (java.io.IOException e) {
              failures.add("#" + i + " " + k.path() + " " + k.contentType() + " (" + k.body().length + " bytes): " + e);
              continue;
            }
            latency.set(i, System.nanoTime() - t0);
            statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() != k.status()) {
              failures.add("#" + i + " " + k.path() + " " + k.contentType() + ": expected " + k.status() + ", got " + r.statusCode() + " " + r.body());
            } else if (k.expected() != null && !k.expected().equals(r.body())) {
              failures.add("#" + i + " " + k.path() + ": answer differs from Extractor.extract");
            } else if (k.expected() == null) {
              ServiceClient.assertError(r, k.status());
            }
          }
          return null;
        }));
      }
      clients.shutdown();
      for (Future<?> f : running) {
        f.get(5, TimeUnit.MINUTES); // a bound, not a measurement: a hung server fails here
      }
      elapsed = System.nanoTime() - started;
    }
    long heapAfter = usedHeapAfterGc(memory);

    long[] sorted = new long[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      sorted[i] = latency.get(i);
    }
    Arrays.sort(sorted);
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((s, n) -> counts.put(s, n.get()));
    String report = String.format("clinex serve load test: %d requests, %d clients, %.1f s, %.0f requests/s, "
            + "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; statuses %s; used heap after GC %d MB before, %d MB after%n",
        REQUESTS, CLIENTS, elapsed / 1e9, REQUESTS / (elapsed / 1e9), sorted[REQUESTS / 2] / 1e6,
        sorted[(int) (REQUESTS * 0.99)] / 1e6, sorted[REQUESTS - 1] / 1e6, counts, heapBefore >> 20, heapAfter >> 20);
    System.out.print(report);
    Files.writeString(Path.of("target/load-test.txt"), report);

    assertTrue(failures.isEmpty(), failures.size() + " wrong answers, first: " + failures.stream().limit(3).toList());
    assertEquals(REQUESTS, counts.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(counts.keySet().stream().noneMatch(s -> s >= 500), "no 5xx: " + counts);
    assertTrue(heapAfter < heapBefore + (256L << 20), "heap grew from " + (heapBefore >> 20) + " MB to " + (heapAfter >> 20) + " MB");
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
