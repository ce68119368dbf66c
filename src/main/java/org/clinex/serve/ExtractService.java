package org.clinex.serve;

import com.google.common.base.Throwables;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.clinex.EntityType;
import org.clinex.Extractor;
import org.clinex.Mention;
import org.clinex.io.JsonLines;

/**
 * {@code clinex serve}: the extractor over HTTP. Routes: {@code POST /extract}, {@code POST /extract/batch},
 * {@code GET /health}, {@code GET /openapi.json}, {@code GET /} (a page that highlights mentions).
 *
 * <p>Extraction runs on its own pool of {@code threads} workers with a short queue, not on Jetty's
 * request threads, so that concurrency is bounded whatever Jetty accepts: a request that finds the
 * queue full, or that is not answered within the timeout, gets 503. Every error is JSON
 * {@code {"error": "..."}}.
 */
public final class ExtractService implements AutoCloseable {
  private final Function<String, List<Mention>> extractor;
  private final ServeOptions options;
  private final ThreadPoolExecutor workers;
  private final Javalin app;

  /** Starts serving; {@link #port()} tells the port when {@code options.port()} is 0. */
  public static ExtractService start(Extractor extractor, ServeOptions options) {
    return new ExtractService(text -> extractor.extract(text).mentions(), options);
  }

  /** With any extraction function: tests use a slow one to reach the time and queue limits. */
  ExtractService(Function<String, List<Mention>> extractor, ServeOptions options) {
    this.extractor = extractor;
    this.options = options;
    AtomicInteger n = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(options.threads(), options.threads(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(4 * options.threads()), r -> {
          Thread t = new Thread(r, "clinex-extract-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    String page = resource("index.html");
    String openapi = resource("openapi.json");
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = options.maxBodyBytes();
    });
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    app.get("/health", ctx -> json(ctx, 200, new Health("ok",
        Arrays.stream(EntityType.values()).map(EntityType::label).toList())));
    app.post("/extract", this::extract);
    app.post("/extract/batch", this::batch);
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
      case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see GET /openapi.json)";
      case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
      default -> e.getMessage();
    }));
    app.exception(Exception.class, (e, ctx) -> {
      // A bug, not bad input: the log gets the whole trace, the client the innermost cause's name.
      System.err.println("clinex serve: " + ctx.method() + " " + ctx.path() + ": internal error");
      e.printStackTrace();
      error(ctx, 500, "internal error: " + Throwables.getRootCause(e).getClass().getSimpleName());
    });
    app.start(options.host(), options.port());
  }

  public int port() {
    return app.port();
  }

  private void extract(Context ctx) {
    byte[] body = Requests.body(ctx, options.maxBodyBytes());
    Requests.Doc doc = Requests.single(ctx, body);
    String line = run(() -> {
      String text = doc.resolveText();
      // For a PDF the client has no text for the offsets to index, so the answer carries it.
      return JsonLines.line(doc.id(), doc.pdf() != null ? text : null, mentions(text));
    });
    ctx.status(200).contentType("application/json").result(line);
  }

  private void batch(Context ctx) {
    byte[] body = Requests.body(ctx, options.maxBodyBytes());
    List<Requests.Doc> docs = Requests.batch(ctx, body);
    String array = run(() -> {
      List<String> lines = new ArrayList<>(docs.size());
      for (Requests.Doc doc : docs) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException(); // the request timed out: stop before the next document
        }
        lines.add(JsonLines.line(doc.id(), null, mentions(doc.text())));
      }
      return "[" + String.join(",", lines) + "]";
    });
    ctx.status(200).contentType("application/json").result(array);
  }

  private List<Mention> mentions(String text) {
    return extractor.apply(text);
  }

  /** Extractions running or queued (for tests). */
  int pending() {
    return workers.getActiveCount() + workers.getQueue().size();
  }

  /** Runs {@code job} on the worker pool within the request's time limit. */
  private String run(Callable<String> job) {
    Future<String> future;
    try {
      future = workers.submit(job);
    } catch (RejectedExecutionException e) {
      throw new ApiError(503, "server busy: all " + options.threads() + " workers and the queue are taken; retry shortly");
    }
    try {
      return future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiError(503, "extraction did not finish within " + options.timeout().toSeconds() + " s (--timeout-seconds)");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiError(503, "server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ApiError api) {
        throw api;
      }
      throw new IllegalStateException("extraction failed", cause);
    }
  }

  private record Health(String status, List<String> types) {}

  private static void error(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message));
  }

  private static void json(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(JsonLines.mapper().writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ExtractService.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/clinex/serve/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops accepting requests, then the workers. */
  @Override
  public void close() {
    app.stop();
    workers.shutdownNow();
  }
}
