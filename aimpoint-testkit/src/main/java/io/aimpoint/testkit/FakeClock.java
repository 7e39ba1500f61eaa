package io.aimpoint.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, for tests of expiry, schedules, pacing and day boundaries.
 * Thread-safe: many threads may read it while one advances it. Always in UTC.
 */
public final class FakeClock extends Clock {
  private final AtomicReference<Instant> now;

  public FakeClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /** Moves the clock forward (or backward, for a negative duration); returns the new time. */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(t -> t.plus(duration));
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public long millis() {
    return now.get().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A fake clock has one zone; asking for another is a test bug. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone.normalized())) {
      throw new UnsupportedOperationException("FakeClock is always UTC; zone=" + zone);
    }
    return this;
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + "]";
  }
}
