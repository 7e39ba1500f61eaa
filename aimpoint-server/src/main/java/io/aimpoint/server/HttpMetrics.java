package io.aimpoint.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The server's Prometheus metrics: a latency histogram per route template, method and status;
 * counters of decisions (with and without ads), ads served, events by outcome and error responses
 * by status. Route templates, not raw paths, are the labels, so ids cannot explode the label set.
 */
final class HttpMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  void recordRequest(String method, String route, int status, long nanos) {
    Timer.builder("aimpoint.http.requests")
        .description("HTTP request latency by route template, method and status")
        .tag("method", method)
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry)
        .record(Duration.ofNanos(nanos));
    if (status >= 400) {
      Counter.builder("aimpoint.http.errors")
          .description("Error responses by status")
          .tag("status", Integer.toString(status))
          .register(registry)
          .increment();
    }
  }

  void recordDecision(int adsServed) {
    Counter.builder("aimpoint.decisions")
        .description("Decisions by outcome: served (at least one ad) or empty")
        .tag("outcome", adsServed > 0 ? "served" : "empty")
        .register(registry)
        .increment();
    if (adsServed > 0) {
      Counter.builder("aimpoint.ads.served")
          .description("Ads returned by decisions")
          .register(registry)
          .increment(adsServed);
    }
  }

  void recordEvents(String outcome, long count) {
    if (count > 0) {
      Counter.builder("aimpoint.events")
          .description("Behaviour events by outcome: accepted, duplicate or rejected")
          .tag("outcome", outcome)
          .register(registry)
          .increment(count);
    }
  }

  /**
   * Counts behaviour events that were not stored, by reason (e.g. {@code near_duplicate}, {@code
   * timestamp_in_future}); exposed as {@code aimpoint_events_rejected_total{reason=...}}.
   */
  void recordRejectedEvent(String reason) {
    Counter.builder("aimpoint.events.rejected")
        .description("Behaviour events not stored, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** The Prometheus text exposition of every meter. */
  String scrape() {
    return registry.scrape();
  }
}
