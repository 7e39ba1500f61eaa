package io.aimpoint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link LoadResult} as a table for a terminal and as JSON for a file. */
public final class LoadReport {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final double[] PERCENTILES = {50, 90, 99, 99.9};

  private LoadReport() {}

  /** A small table: throughput, latency percentiles and error counts. */
  public static String table(LoadResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "POST /v1/decisions, %d connections, %.1f s measured%n",
            r.threads(),
            r.elapsed().toNanos() / 1e9));
    s.append(String.format(Locale.ROOT, "  %-12s %,12.0f req/s%n", "throughput", r.throughput()));
    s.append(String.format(Locale.ROOT, "  %-12s %,12d%n", "requests", r.requests()));
    s.append(
        String.format(
            Locale.ROOT,
            "  %-12s %,12d (%.1f%% of requests got an ad)%n",
            "filled",
            r.filled(),
            r.requests() == 0 ? 0 : 100.0 * r.filled() / r.requests()));
    s.append(String.format(Locale.ROOT, "  %-12s %12.2f ms%n", "mean", r.meanLatencyMillis()));
    for (double p : PERCENTILES) {
      s.append(
          String.format(Locale.ROOT, "  %-12s %12.2f ms%n", "p" + label(p), r.latencyMillis(p)));
    }
    s.append(String.format(Locale.ROOT, "  %-12s %12.2f ms%n", "max", r.maxLatencyMillis()));
    s.append(
        String.format(
            Locale.ROOT,
            "  %-12s %,12d (non-2xx %d, timeouts %d, failed %d)%n",
            "errors",
            r.errors(),
            r.non2xx(),
            r.timeouts(),
            r.failures()));
    return s.toString();
  }

  /** The result as a JSON object (latencies in milliseconds). */
  public static Map<String, Object> json(LoadResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("endpoint", "POST /v1/decisions");
    m.put("connections", r.threads());
    m.put("measuredSeconds", r.elapsed().toNanos() / 1e9);
    m.put("requests", r.requests());
    m.put("throughputPerSecond", r.throughput());
    m.put("filled", r.filled());
    Map<String, Object> latency = new LinkedHashMap<>();
    latency.put("mean", r.meanLatencyMillis());
    for (double p : PERCENTILES) {
      latency.put("p" + label(p), r.latencyMillis(p));
    }
    latency.put("max", r.maxLatencyMillis());
    m.put("latencyMillis", latency);
    Map<String, Object> errors = new LinkedHashMap<>();
    errors.put("total", r.errors());
    errors.put("non2xx", r.non2xx());
    errors.put("timeouts", r.timeouts());
    errors.put("failed", r.failures());
    m.put("errors", errors);
    return m;
  }

  /** Writes {@link #json} to {@code file}. */
  public static void writeJson(LoadResult r, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      JSON.writeValue(file.toFile(), json(r));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** {@code 99.9 -> "999"}, {@code 50 -> "50"}: the usual names of percentiles. */
  static String label(double percentile) {
    String s =
        percentile == Math.rint(percentile) ? Long.toString((long) percentile) : "" + percentile;
    return s.replace(".", "");
  }
}
