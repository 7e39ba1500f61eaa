package io.aimpoint.engine.profile;

import java.time.Duration;

/** Exponential time decay: a weight halves every {@code halfLife}. */
public record Decay(Duration halfLife) {
  public Decay {
    if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive; halfLife=" + halfLife);
    }
  }

  /** {@code 2^(-age / halfLife)}; 1 for a zero age, greater than 1 for a negative one. */
  public double factor(Duration age) {
    double halfLives = (double) age.toMillis() / halfLife.toMillis();
    return Math.pow(2, -halfLives);
  }
}
