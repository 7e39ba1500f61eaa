package io.aimpoint.sim.world;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * When in the (local) day a user is active: 24 hourly weights that sum to 1. Sessions in hour h
 * arrive at rate {@code sessionsPerDay * weight(h)} per hour.
 */
public final class DailyRhythm {
  // A typical online day: quiet at night, a lunch bump, the peak in the evening.
  private static final double[] HUMAN_BASE = {
    0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 1.2, 1.6, 1.5, 1.4, 1.6,
    2.0, 1.8, 1.4, 1.3, 1.4, 1.6, 2.0, 2.6, 3.0, 3.0, 2.4, 1.4
  };

  private final double[] weights;

  private DailyRhythm(double[] normalized) {
    this.weights = normalized;
  }

  /** A rhythm proportional to 24 non-negative weights. */
  public static DailyRhythm of(double[] raw) {
    if (raw.length != 24) {
      throw new IllegalArgumentException("a daily rhythm has 24 hours; length=" + raw.length);
    }
    double sum = Arrays.stream(raw).sum();
    if (!(sum > 0)) {
      throw new IllegalArgumentException("rhythm weights must have a positive sum; sum=" + sum);
    }
    return new DailyRhythm(Arrays.stream(raw).map(w -> w / sum).toArray());
  }

  /**
   * A human rhythm: the typical day shifted by a personal chronotype of -2..+2 hours, with
   * log-normal noise per hour so that no two users are alike.
   */
  public static DailyRhythm human(RandomGenerator rng) {
    int shift = rng.nextInt(5) - 2;
    double[] raw = new double[24];
    for (int h = 0; h < 24; h++) {
      raw[h] = HUMAN_BASE[Math.floorMod(h - shift, 24)] * Sampling.logNormal(rng, 0, 0.35);
    }
    return of(raw);
  }

  /** A bot rhythm: nearly flat around the clock. */
  public static DailyRhythm bot(RandomGenerator rng) {
    double[] raw = new double[24];
    for (int h = 0; h < 24; h++) {
      raw[h] = 0.8 + 0.4 * rng.nextDouble();
    }
    return of(raw);
  }

  /** The share of a day's sessions that start in local hour {@code hour}. */
  public double weight(int hour) {
    return weights[hour];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailyRhythm other && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "DailyRhythm" + Arrays.toString(weights);
  }
}
