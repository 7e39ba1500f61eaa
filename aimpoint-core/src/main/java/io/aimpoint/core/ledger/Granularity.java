package io.aimpoint.core.ledger;

import java.time.Duration;

public enum Granularity {
  HOUR(Duration.ofHours(1)),
  DAY(Duration.ofDays(1));

  private final Duration length;

  Granularity(Duration length) {
    this.length = length;
  }

  public Duration length() {
    return length;
  }
}
