package org.clinex.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.clinex.io.DocumentText;
import org.clinex.io.TextFiles;

/**
 * Streams a batch through one shared {@link Extractor}: documents are read and extracted on a pool
 * of workers and handed to the sink in input order. At most {@code 2 x threads} documents are in
 * flight, so memory does not grow with the batch. A document that cannot be read, is not text,
 * throws, or exceeds the time limit becomes a failed {@link Outcome}; the others go on.
 */
final class BatchRun {
  /**
   * One document's result: mentions, or the one-line reason it failed. {@code pdfText} is the text
   * extracted from a PDF (its offsets index it), null for text files.
   */
  record Outcome(Path file, List<Mention> mentions, String warning, String failure, String pdfText) {
    Outcome(Path file, List<Mention> mentions, String warning, String failure) {
      this(file, mentions, warning, failure, null);
    }

    boolean failed() {
      return failure != null;
    }
  }

  /** Receives outcomes in input order. */
  interface Sink {
    void accept(Outcome outcome) throws IOException;
  }

  /** What happened to the batch. */
  record Summary(int read, int succeeded, int skipped, List<String> failures) {}

  private static final class Task {
    final Path file;
    volatile long startedNanos;
    Future<Outcome> future;

    Task(Path file) {
      this.file = file;
    }
  }

  private final Function<String, List<Mention>> extract;
  private final int threads;
  private final long timeoutNanos;

  BatchRun(Extractor extractor, int threads, double timeoutSeconds) {
    this(text -> extractor.extract(text).mentions(), threads, timeoutSeconds);
  }

  /** With any extraction function (tests inject failing and hanging ones). */
  BatchRun(Function<String, List<Mention>> extract, int threads, double timeoutSeconds) {
    this.extract = extract;
    this.threads = threads;
    this.timeoutNanos = (long) (timeoutSeconds * 1e9);
  }

  Summary run(List<Path> files, Predicate<Path> skip, Sink sink, Runnable onEach) throws IOException {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "clinex-worker");
      t.setDaemon(true); // a timed-out extraction that ignores interruption must not keep the JVM alive
      return t;
    });
    ArrayDeque<Task> window = new ArrayDeque<>();
    List<String> failures = new ArrayList<>();
    int read = 0;
    int succeeded = 0;
    int skipped = 0;
    try {
      for (Path file : files) {
        if (skip.test(file)) {
          skipped++;
          continue;
        }
        while (window.size() >= 2 * threads) {
          succeeded += finish(window.poll(), pool, sink, failures, onEach);
          read++;
        }
        Task task = new Task(file);
        task.future = pool.submit(() -> {
          task.startedNanos = System.nanoTime();
          return process(file);
        });
        window.add(task);
      }
      while (!window.isEmpty()) {
        succeeded += finish(window.poll(), pool, sink, failures, onEach);
        read++;
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(read, succeeded, skipped, failures);
  }

  private Outcome process(Path file) {
    TextFiles.Decoded decoded;
    try {
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
        String text = DocumentText.pdf(java.nio.file.Files.readAllBytes(file));
        return new Outcome(file, extract.apply(text), null, null, text);
      }
      decoded = TextFiles.read(file);
    } catch (NoSuchFileException e) {
      return new Outcome(file, null, null, "no such file");
    } catch (TextFiles.NotTextException e) {
      return new Outcome(file, null, null, e.getMessage());
    } catch (IOException e) {
      return new Outcome(file, null, null, "cannot read (" + e + ")");
    }
    return new Outcome(file, extract.apply(decoded.text()), decoded.warning(), null);
  }

  /** Waits for the task (within its time limit), hands its outcome to the sink; 1 if it succeeded. */
  private int finish(Task task, ThreadPoolExecutor pool, Sink sink, List<String> failures, Runnable onEach) throws IOException {
    Outcome outcome = await(task, pool);
    if (outcome.warning() != null) {
      System.err.println("clinex: warning: " + outcome.file() + ": " + outcome.warning());
    }
    if (outcome.failed()) {
      failures.add(outcome.file() + ": " + outcome.failure());
    }
    sink.accept(outcome);
    onEach.run();
    return outcome.failed() ? 0 : 1;
  }

  private Outcome await(Task task, ThreadPoolExecutor pool) {
    while (true) {
      long started = task.startedNanos;
      try {
        if (started == 0) {
          return task.future.get(20, TimeUnit.MILLISECONDS); // queued: its clock has not started
        }
        return task.future.get(Math.max(0, started + timeoutNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (task.startedNanos != 0 && System.nanoTime() - task.startedNanos >= timeoutNanos) {
          task.future.cancel(true);
          // The worker may not notice the interrupt at once; one more thread keeps the batch's parallelism.
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          return new Outcome(task.file, null, null, "timed out after " + timeoutNanos / 1_000_000_000.0 + " s");
        }
      } catch (ExecutionException e) {
        return new Outcome(task.file, null, null, "extraction failed (" + describe(e.getCause()) + ")");
      } catch (CancellationException e) {
        return new Outcome(task.file, null, null, "cancelled");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
    }
  }

  private static String describe(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return "out of memory; try a larger -Xmx";
    }
    if (t instanceof StackOverflowError) {
      return "stack overflow";
    }
    String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
    return t.getClass().getSimpleName() + message;
  }
}
