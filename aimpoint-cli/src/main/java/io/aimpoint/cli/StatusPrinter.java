package io.aimpoint.cli;

import io.aimpoint.sim.run.LiveTraffic;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Prints a one-line summary of the demo traffic at a fixed interval until closed. */
final class StatusPrinter implements AutoCloseable {
  private static final DateTimeFormatter SIMULATED =
      DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread thread;

  private StatusPrinter(LiveTraffic traffic, Duration interval, PrintWriter out, Clock clock) {
    this.thread =
        Thread.ofVirtual()
            .name("demo-status")
            .start(
                () -> {
                  try {
                    while (!closed.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
                      out.println(line(traffic.counts(), clock));
                      out.flush();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
  }

  static StatusPrinter start(LiveTraffic traffic, Duration interval, PrintWriter out, Clock clock) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive; interval=" + interval);
    }
    return new StatusPrinter(traffic, interval, out, clock);
  }

  /** One status line, e.g. for a log or a terminal. */
  static String line(LiveTraffic.Counts c, Clock clock) {
    String line =
        String.format(
            Locale.ROOT,
            "[%s] simulated %s UTC: %,d requests, %,d impressions, %,d clicks, %,d conversions,"
                + " spend %,.2f, %,d events",
            LocalTime.now(clock).format(WALL),
            SIMULATED.format(c.simulatedNow()),
            c.adRequests(),
            c.impressions(),
            c.clicks(),
            c.conversions(),
            c.spendMicros() / 1e6,
            c.events());
    return c.errors() == 0
        ? line
        : line + String.format(Locale.ROOT, ", %,d errors (last: %s)", c.errors(), c.lastError());
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
