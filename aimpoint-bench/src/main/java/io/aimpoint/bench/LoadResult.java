package io.aimpoint.bench;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured (warm-up excluded).
 *
 * @param threads concurrent connections
 * @param elapsed how long the measured phase ran
 * @param requests requests answered or failed in the measured phase
 * @param filled 2xx answers with at least one ad
 * @param non2xx answers with another status
 * @param timeouts requests that took longer than the timeout
 * @param failures requests that failed otherwise (connection refused, reset)
 * @param latencyNanos latencies of all answered requests, in nanoseconds
 */
public record LoadResult(
    int threads,
    Duration elapsed,
    long requests,
    long filled,
    long non2xx,
    long timeouts,
    long failures,
    Histogram latencyNanos) {

  /** Requests that did not end in a 2xx answer. */
  public long errors() {
    return non2xx + timeouts + failures;
  }

  /** Requests per second over the measured phase. */
  public double throughput() {
    return elapsed.isZero() ? 0 : requests / (elapsed.toNanos() / 1e9);
  }

  /** The latency at {@code percentile} (0..100) in milliseconds. */
  public double latencyMillis(double percentile) {
    return latencyNanos.getValueAtPercentile(percentile) / 1e6;
  }

  public double maxLatencyMillis() {
    return latencyNanos.getMaxValue() / 1e6;
  }

  public double meanLatencyMillis() {
    return latencyNanos.getMean() / 1e6;
  }
}
