package io.aimpoint.engine.tracking;

import io.aimpoint.core.store.Ledger;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases expired budget reservations on a schedule: {@link Ledger#releaseExpired} at the clock's
 * now. The ledger already ignores expired holds when it checks a budget, so the sweep is
 * housekeeping that keeps the open set small (and the reservation rows truthful), not what makes
 * expiry work; a missed sweep costs nothing but time.
 */
public final class ReservationSweeper implements AutoCloseable {
  /** Wall-clock interval between sweeps by default. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(ReservationSweeper.class);

  private final Ledger ledger;
  private final Clock clock;
  private final AtomicLong released = new AtomicLong();
  private ScheduledExecutorService executor;

  public ReservationSweeper(Ledger ledger, Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** One sweep now; returns how many reservations it released. */
  public int sweep() {
    int n = ledger.releaseExpired(clock.instant());
    released.addAndGet(n);
    return n;
  }

  /** Reservations released by sweeps so far. */
  public long released() {
    return released.get();
  }

  /** Starts sweeping every {@code interval} on a daemon thread. */
  public synchronized void start(Duration interval) {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "aimpoint-reservation-sweeper");
              t.setDaemon(true);
              return t;
            });
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  private void sweepQuietly() {
    try {
      sweep();
    } catch (RuntimeException e) {
      // A failed sweep is retried at the next tick; expired holds are ignored meanwhile anyway.
      LOG.warn("reservation sweep failed", e);
    }
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
