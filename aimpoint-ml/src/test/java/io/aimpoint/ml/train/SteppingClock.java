package io.aimpoint.ml.train;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that advances one millisecond every time it is read: time passes, deterministically. */
final class SteppingClock extends Clock {
  private long millis = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public long millis() {
    return millis++;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
