package org.clinex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinex.EntityType;
import org.clinex.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch engine with injected extraction functions: order, isolation, time limit, bounded window. */
class BatchRunTest {
  @TempDir
  Path tmp;

  private List<Path> files(String... texts) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      files.add(Files.writeString(tmp.resolve(String.format("d%03d.txt", i)), texts[i], StandardCharsets.UTF_8));
    }
    return files;
  }

  /** One mention whose text is the document's text, so outcomes can be matched to inputs. */
  private static List<Mention> echo(String text) {
    return List.of(new Mention(EntityType.AGE, 0, text.length(), text, Map.of("Value", "1"), "echo"));
  }

  private static List<String> run(BatchRun batch, List<Path> files, List<BatchRun.Outcome> sink) throws Exception {
    BatchRun.Summary summary = batch.run(files, f -> false, sink::add, () -> {});
    assertEquals(files.size(), summary.read());
    assertEquals(files.size(), summary.succeeded() + summary.failures().size());
    return summary.failures();
  }

  @Test
  void outcomesArriveInInputOrderWhateverTheWorkersTimes() throws Exception {
    String[] texts = new String[40];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = "doc " + i;
    }
    List<BatchRun.Outcome> out = new ArrayList<>();
    List<String> failures = run(new BatchRun(text -> {
      sleep(ThreadLocalRandom.current().nextInt(5));
      return echo(text);
    }, 4, 30), files(texts), out);
    assertTrue(failures.isEmpty());
    for (int i = 0; i < texts.length; i++) {
      assertEquals(texts[i], out.get(i).mentions().get(0).text());
    }
  }

  @Test
  void aThrowingHangingOrBinaryDocumentFailsAloneWithOneLineNamingIt() throws Exception {
    List<Path> files = files("fine 1", "THROW", "fine 2", "HANG", "bin\0ary", "fine 3");
    files.add(tmp.resolve("missing.txt"));
    List<BatchRun.Outcome> out = new ArrayList<>();
    List<String> failures = run(new BatchRun(text -> {
      if (text.equals("THROW")) {
        throw new IllegalStateException("boom\nsecond line");
      }
      if (text.equals("HANG")) {
        sleep(60_000); // interrupted by the time limit
      }
      return echo(text);
    }, 2, 0.5), files, out);
    assertEquals(4, failures.size(), failures.toString());
    assertTrue(failures.get(0).startsWith(files.get(1) + ": extraction failed (IllegalStateException: boom)"), failures.get(0));
    assertTrue(failures.get(1).startsWith(files.get(3) + ": timed out after 0.5 s"), failures.get(1));
    assertTrue(failures.get(2).startsWith(files.get(4) + ": binary file (NUL byte at offset 3)"), failures.get(2));
    assertEquals(files.get(6) + ": no such file", failures.get(3));
    assertTrue(failures.stream().noneMatch(f -> f.contains("\n")));
    assertEquals(List.of("fine 1", "fine 2", "fine 3"),
        out.stream().filter(o -> !o.failed()).map(o -> o.mentions().get(0).text()).toList());
  }

  @Test
  void atMostTwiceTheThreadsAreInFlight() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    String[] texts = new String[60];
    java.util.Arrays.fill(texts, "x");
    new BatchRun(text -> {
      inFlight.incrementAndGet();
      // Documents started but not yet handed to the sink: bounded by the window, not the batch.
      maxAhead.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
      inFlight.decrementAndGet();
      return echo(text);
    }, 3, 30).run(files(texts), f -> false, o -> {
      sleep(1); // a slow writer: workers must wait for it rather than run ahead
      consumed.incrementAndGet();
    }, () -> {});
    assertEquals(60, consumed.get());
    assertTrue(maxAhead.get() <= 6 + 1, "started ahead of the writer: " + maxAhead.get());
  }

  @Test
  void resumeSkipsWhatThePredicateSays() throws Exception {
    List<Path> files = files("a", "b", "c");
    List<BatchRun.Outcome> out = new ArrayList<>();
    BatchRun.Summary s = new BatchRun(BatchRunTest::echo, 2, 30).run(files, f -> f.equals(files.get(1)), out::add, () -> {});
    assertEquals(2, s.read());
    assertEquals(1, s.skipped());
    assertEquals(List.of(files.get(0), files.get(2)), out.stream().map(BatchRun.Outcome::file).toList());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }
}
