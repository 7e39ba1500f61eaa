package io.aimpoint.sim.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the simulator moves by hand, so that an in-process engine sees simulated time and a day
 * of traffic runs in seconds. Time never goes backwards: the engine's caches and the ledger's day
 * buckets assume a monotonic clock, so {@link #set} refuses an earlier instant.
 */
public final class SimClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public SimClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private SimClock(Instant start, ZoneId zone) {
    if (start == null) {
      throw new IllegalArgumentException("start is required");
    }
    this.now = start;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone; it moves with this one. */
  @Override
  public Clock withZone(ZoneId newZone) {
    SimClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return newZone;
      }

      @Override
      public Clock withZone(ZoneId z) {
        return self.withZone(z);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Moves the clock to {@code at}; equal instants are fine, earlier ones are a bug. */
  public void set(Instant at) {
    if (at.isBefore(now)) {
      throw new IllegalArgumentException(
          "a simulated clock never goes backwards; now=" + now + ", at=" + at);
    }
    now = at;
  }

  /** Moves the clock to {@code at} if that is later than now; otherwise leaves it. */
  public void advanceTo(Instant at) {
    if (at.isAfter(now)) {
      now = at;
    }
  }

  /** Moves the clock forward by {@code step}. */
  public void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("step must not be negative; step=" + step);
    }
    now = now.plus(step);
  }
}
