package org.clinex.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clinex.Extractor;
import org.clinex.serve.ExtractService;
import org.clinex.serve.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clinex serve}: the extractor as an HTTP service until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve extraction over HTTP: POST /extract, POST /extract/batch, GET /health, GET /openapi.json, GET / (a page).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--threads", description = "extractions at once (default: the number of cores)")
  Integer threads;

  @Option(names = "--max-body-mb", defaultValue = "5", description = "largest request body in MB (default ${DEFAULT-VALUE}; 413 beyond)")
  double maxBodyMb;

  @Option(names = "--timeout-seconds", defaultValue = "10", description = "time per request (default ${DEFAULT-VALUE}; 503 beyond)")
  double timeoutSeconds;

  @Option(names = "--rules", description = "rules directory with the layout of models/ (default: the bundled rules)")
  Path rules;

  @Override
  public Integer call() throws InterruptedException {
    ServeOptions options = new ServeOptions(host, port,
        threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads,
        (long) (maxBodyMb * (1 << 20)), Duration.ofMillis((long) (timeoutSeconds * 1000)));
    Extractor extractor = Extractor.builder().rulesDir(rules).build();
    ExtractService service;
    try {
      service = ExtractService.start(extractor, options);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot serve on " + host + ":" + port + " (" + rootMessage(e) + ")");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }));
    System.err.println("clinex: serving on http://" + host + ":" + service.port() + "/ (Ctrl-C stops)");
    stopped.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
