package io.aimpoint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Durable ingestion rate of {@code POST /v1/events}: {@code threads} connections in a closed loop,
 * each posting the next unsent batch as soon as its last one is acknowledged, until every batch has
 * been sent once (a batch is never sent twice: repeats would be cheap duplicates). The first {@code
 * warmupBatches} are sent before the clock starts (JIT, model, caches). An acknowledgement (202)
 * means the events are in the durable event log and in the profiles, so the rate is that of the
 * whole ingestion path.
 */
public final class IngestLoad {
  private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a run measured, warm-up excluded.
   *
   * @param batches batches acknowledged with 202
   * @param events events in those batches
   * @param accepted events the server accepted (new, valid, not near-duplicates)
   * @param errors batches answered otherwise or failed
   * @param elapsed wall time of the measured batches
   * @param latencyNanos per-batch latencies
   */
  public record Result(
      long batches,
      long events,
      long accepted,
      long errors,
      Duration elapsed,
      Histogram latencyNanos) {

    /** Events per second of wall time. */
    public double eventsPerSecond() {
      return elapsed.isZero() ? 0 : events / (elapsed.toNanos() / 1e9);
    }
  }

  private final URI eventsUri;
  private final String publisherKey;
  private final int threads;
  private final Duration timeout;
  private final HttpClient http;

  public IngestLoad(URI target, String publisherKey, int threads, Duration timeout) {
    String base = Objects.requireNonNull(target, "target").toString();
    this.eventsUri = URI.create((base.endsWith("/") ? base : base + "/") + "v1/events");
    this.publisherKey = Objects.requireNonNull(publisherKey, "publisherKey");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1; threads=" + threads);
    }
    this.threads = threads;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  /**
   * Sends {@code warmup} unmeasured, then {@code measured}, and returns what was measured.
   *
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public Result run(List<byte[]> warmup, List<byte[]> measured) throws InterruptedException {
    send(warmup);
    return send(measured);
  }

  private Result send(List<byte[]> bodies) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Worker> workers = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      Worker w = new Worker(bodies, next);
      workers.add(w);
      running.add(Thread.ofPlatform().name("ingest-bench-" + i).start(w));
    }
    for (Thread t : running) {
      t.join();
    }
    long elapsed = System.nanoTime() - started;
    Histogram all = new Histogram(HIGHEST_NANOS, 3);
    long batches = 0;
    long events = 0;
    long accepted = 0;
    long errors = 0;
    for (Worker w : workers) {
      all.add(w.latencies);
      batches += w.batches;
      events += w.events;
      accepted += w.accepted;
      errors += w.errors;
    }
    return new Result(batches, events, accepted, errors, Duration.ofNanos(elapsed), all);
  }

  /** Takes batches from the shared cursor until none is left. */
  private final class Worker implements Runnable {
    private final List<byte[]> bodies;
    private final AtomicInteger next;
    private final Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
    private long batches;
    private long events;
    private long accepted;
    private long errors;

    Worker(List<byte[]> bodies, AtomicInteger next) {
      this.bodies = bodies;
      this.next = next;
    }

    @Override
    public void run() {
      int i;
      while ((i = next.getAndIncrement()) < bodies.size()) {
        HttpRequest request =
            HttpRequest.newBuilder(eventsUri)
                .timeout(timeout)
                .header("Authorization", "Bearer " + publisherKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)))
                .build();
        long started = System.nanoTime();
        try {
          HttpResponse<byte[]> response =
              http.send(request, HttpResponse.BodyHandlers.ofByteArray());
          long nanos = System.nanoTime() - started;
          if (response.statusCode() != 202) {
            errors++;
            continue;
          }
          JsonNode body = JSON.readTree(response.body());
          latencies.recordValue(Math.min(nanos, HIGHEST_NANOS));
          batches++;
          events += body.path("results").size();
          accepted += body.path("accepted").asLong();
        } catch (IOException e) {
          errors++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
