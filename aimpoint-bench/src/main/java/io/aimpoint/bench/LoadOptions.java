package io.aimpoint.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to load a server.
 *
 * @param target base URL of the server, e.g. {@code http://localhost:8080}
 * @param publisherKey a publisher API key of that server
 * @param duration how long to measure, after the warm-up
 * @param warmup how long to send requests before measuring (JIT, caches, connections)
 * @param threads concurrent connections, each with one request in flight (closed loop)
 * @param timeout longest a request may take before it counts as a timeout
 */
public record LoadOptions(
    URI target,
    String publisherKey,
    Duration duration,
    Duration warmup,
    int threads,
    Duration timeout) {

  public LoadOptions {
    Objects.requireNonNull(target, "target");
    String scheme = target.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("target must be an http(s) URL; target=" + target);
    }
    if (publisherKey == null || publisherKey.isBlank()) {
      throw new IllegalArgumentException("a publisher key is required");
    }
    requirePositive(duration, "duration");
    Objects.requireNonNull(warmup, "warmup");
    if (warmup.isNegative()) {
      throw new IllegalArgumentException("warmup must not be negative; warmup=" + warmup);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1; threads=" + threads);
    }
    requirePositive(timeout, "timeout");
  }

  /** Twice the available cores: enough to keep a server on this machine busy while one waits. */
  public static int defaultThreads() {
    return 2 * Runtime.getRuntime().availableProcessors();
  }

  /** The decision endpoint under {@link #target}. */
  public URI decisionsUri() {
    String base = target.toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + "v1/decisions");
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive; " + name + "=" + d);
    }
  }
}
