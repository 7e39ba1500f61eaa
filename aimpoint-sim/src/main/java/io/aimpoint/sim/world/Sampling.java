package io.aimpoint.sim.world;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random draws the simulator needs beyond {@link RandomGenerator}: Poisson, log-normal, gamma,
 * weighted choice and seed derivation. All draws come from the generator passed in, so a seeded
 * generator gives reproducible results.
 */
public final class Sampling {
  private Sampling() {}

  /**
   * A well-mixed 64-bit seed derived from {@code base} and {@code parts} (SplitMix64 finalizer), so
   * that sub-streams (user 17, day 3) are independent of each other and of the order in which they
   * are drawn.
   */
  public static long seed(long base, long... parts) {
    long h = mix(base);
    for (long p : parts) {
      h = mix(h ^ mix(p + 0x9E3779B97F4A7C15L));
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A Poisson count with the given mean (Knuth below 30, rounded normal above). */
  public static int poisson(RandomGenerator rng, double mean) {
    if (!(mean >= 0)) {
      throw new IllegalArgumentException("poisson mean must be >= 0; mean=" + mean);
    }
    if (mean == 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      k++;
    }
    return k;
  }

  /** exp(N(mu, sigma^2)). */
  public static double logNormal(RandomGenerator rng, double mu, double sigma) {
    return Math.exp(mu + sigma * rng.nextGaussian());
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (2000), with the boost for shape below 1. */
  public static double gamma(RandomGenerator rng, double shape) {
    if (!(shape > 0)) {
      throw new IllegalArgumentException("gamma shape must be positive; shape=" + shape);
    }
    if (shape < 1) {
      return gamma(rng, shape + 1) * Math.pow(rng.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rng.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** An index drawn with probability proportional to {@code weights} (non-negative, not all 0). */
  public static int weightedIndex(RandomGenerator rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must have a positive sum; sum=" + total);
    }
    double r = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    for (int i = weights.length - 1; i >= 0; i--) {
      if (weights[i] > 0) {
        return i; // rounding left r at (or barely above) 0: take the last positive weight
      }
    }
    throw new AssertionError("unreachable: positive total");
  }

  /** A uniformly chosen element of {@code items}. */
  public static <T> T pick(RandomGenerator rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  /** The logistic function 1 / (1 + e^-x). */
  public static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** The inverse of {@link #sigmoid}; {@code p} must be in (0, 1). */
  public static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
