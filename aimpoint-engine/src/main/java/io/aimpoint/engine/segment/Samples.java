package io.aimpoint.engine.segment;

import java.util.SplittableRandom;

/** Seeded sampling without replacement (partial Fisher-Yates), order of the input kept stable. */
final class Samples {
  private Samples() {}

  static double[][] of(double[][] points, int max, long seed) {
    if (points.length <= max) {
      return points;
    }
    int[] idx = new int[points.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] out = new double[max][];
    for (int i = 0; i < max; i++) {
      int j = i + random.nextInt(idx.length - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
      out[i] = points[idx[i]];
    }
    return out;
  }
}
