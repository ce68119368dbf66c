package org.clinex.serve;

import java.time.Duration;

/**
 * Limits of {@code clinex serve}.
 *
 * @param host address to bind (127.0.0.1 keeps clinical text on this machine)
 * @param port TCP port; 0 picks a free one (tests)
 * @param threads extractions run at once; up to {@code 4 * threads} more wait, the rest get 503
 * @param maxBodyBytes largest request body; larger gets 413
 * @param timeout time per request, queueing included; beyond it 503
 */
public record ServeOptions(String host, int port, int threads, long maxBodyBytes, Duration timeout) {
  public ServeOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, not " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("--max-body-mb must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout-seconds must be positive");
    }
  }

  /** The defaults of {@code clinex serve} on {@code port}. */
  public static ServeOptions defaults(int port) {
    return new ServeOptions("127.0.0.1", port, Math.max(1, Runtime.getRuntime().availableProcessors()), 5L << 20, Duration.ofSeconds(10));
  }

  public ServeOptions withLimits(int threads, long maxBodyBytes, Duration timeout) {
    return new ServeOptions(host, port, threads, maxBodyBytes, timeout);
  }
}
