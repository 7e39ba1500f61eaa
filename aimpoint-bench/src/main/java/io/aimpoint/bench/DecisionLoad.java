package io.aimpoint.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load generator for {@code POST /v1/decisions}: {@code threads} platform threads,
 * each with one request in flight on its own keep-alive HTTP/1.1 connection, sending the next
 * request body as soon as the last is answered. It first sends for the warm-up, discarding what it
 * measures, then for the duration, recording every latency in a per-thread HdrHistogram (3
 * significant digits, up to one minute) that is merged at the end.
 *
 * <p>Closed loop means the latencies are service times under that concurrency: a stalled server
 * also stalls the senders, so the percentiles do not include the queueing an open-loop (fixed
 * arrival rate) client would see. Throughput is the number to compare; p99 tells how uneven it was.
 *
 * <p>The JDK's {@link HttpClient} is the client. Against the same server it keeps up with {@code
 * wrk} to within the noise on two cores (see docs/benchmarks.md), so raw sockets were not needed.
 */
public final class DecisionLoad {
  private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);
  private static final byte[] AD_MARKER = "\"impressionUrl\"".getBytes(StandardCharsets.UTF_8);

  private final LoadOptions options;
  private final List<byte[]> bodies;
  private final HttpClient http;

  /** A generator that sends {@code bodies} round-robin (each thread from its own offset). */
  public DecisionLoad(LoadOptions options, List<byte[]> bodies) {
    this.options = Objects.requireNonNull(options, "options");
    if (bodies == null || bodies.isEmpty()) {
      throw new IllegalArgumentException("at least one request body is required");
    }
    this.bodies = List.copyOf(bodies);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(options.timeout())
            .build();
  }

  /**
   * Runs the warm-up and the measured phase and returns what was measured.
   *
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public LoadResult run() throws InterruptedException {
    long measureFrom = System.nanoTime() + options.warmup().toNanos();
    long measureTo = measureFrom + options.duration().toNanos();
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      Worker w = new Worker(i, measureFrom, measureTo);
      workers.add(w);
      threads.add(Thread.ofPlatform().name("bench-" + i).start(w));
    }
    for (Thread t : threads) {
      t.join();
    }
    return merge(workers, measureFrom);
  }

  private LoadResult merge(List<Worker> workers, long measureFrom) {
    Histogram all = new Histogram(HIGHEST_NANOS, 3);
    long requests = 0;
    long filled = 0;
    long non2xx = 0;
    long timeouts = 0;
    long failures = 0;
    long lastEnd = measureFrom;
    for (Worker w : workers) {
      all.add(w.latencies);
      requests += w.requests;
      filled += w.filled;
      non2xx += w.non2xx;
      timeouts += w.timeouts;
      failures += w.failures;
      lastEnd = Math.max(lastEnd, w.lastEnd);
    }
    return new LoadResult(
        options.threads(),
        Duration.ofNanos(lastEnd - measureFrom),
        requests,
        filled,
        non2xx,
        timeouts,
        failures,
        all);
  }

  private HttpRequest request(byte[] body) {
    return HttpRequest.newBuilder(options.decisionsUri())
        .timeout(options.timeout())
        .header("Authorization", "Bearer " + options.publisherKey())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /** One connection's loop; its counters are read only after its thread has ended. */
  private final class Worker implements Runnable {
    private final int index;
    private final long measureFrom;
    private final long measureTo;
    private final Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
    private long requests;
    private long filled;
    private long non2xx;
    private long timeouts;
    private long failures;
    private long lastEnd;

    Worker(int index, long measureFrom, long measureTo) {
      this.index = index;
      this.measureFrom = measureFrom;
      this.measureTo = measureTo;
    }

    @Override
    public void run() {
      int next = index % bodies.size();
      long started;
      while ((started = System.nanoTime()) < measureTo) {
        HttpRequest request = request(bodies.get(next));
        next = (next + options.threads()) % bodies.size();
        Outcome outcome = send(request);
        long ended = System.nanoTime();
        if (started >= measureFrom) {
          count(outcome, ended - started);
          lastEnd = ended;
        }
      }
    }

    private Outcome send(HttpRequest request) {
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
          return Outcome.NON_2XX;
        }
        return contains(response.body(), AD_MARKER) ? Outcome.FILLED : Outcome.EMPTY;
      } catch (HttpTimeoutException e) {
        return Outcome.TIMEOUT;
      } catch (IOException e) {
        return Outcome.FAILED;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.FAILED;
      }
    }

    private void count(Outcome outcome, long nanos) {
      requests++;
      switch (outcome) {
        case FILLED -> filled++;
        case EMPTY -> {}
        case NON_2XX -> non2xx++;
        case TIMEOUT -> timeouts++;
        case FAILED -> failures++;
      }
      if (outcome != Outcome.TIMEOUT && outcome != Outcome.FAILED) {
        latencies.recordValue(Math.min(nanos, HIGHEST_NANOS));
      }
    }
  }

  private enum Outcome {
    FILLED,
    EMPTY,
    NON_2XX,
    TIMEOUT,
    FAILED
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
