package io.aimpoint.ml.eval;

import java.util.Arrays;

/**
 * Isotonic regression calibration: the non-decreasing step function of the score that best fits the
 * held-out labels in squared error, found by pool-adjacent-violators (Zadrozny and Elkan, KDD
 * 2002). Between the steps' ends it interpolates linearly, so that distinct scores keep distinct
 * (still non-decreasing) probabilities; outside the fitted range it clamps.
 *
 * <p>Unlike {@link PlattCalibrator} it assumes no shape, so it needs more data (thousands of
 * positives). The lowest and highest steps can be exactly 0 or 1 when all their labels agree.
 */
public final class IsotonicCalibrator implements Calibrator {
  private final double[] xs;
  private final double[] ys;

  private IsotonicCalibrator(double[] xs, double[] ys) {
    this.xs = xs;
    this.ys = ys;
  }

  /**
   * Rebuilds a calibrator from the knots {@link #knotScores()} and {@link #knotValues()} of a
   * fitted one; both must be non-decreasing and of equal, non-zero length.
   */
  public static IsotonicCalibrator of(double[] knotScores, double[] knotValues) {
    if (knotScores.length == 0 || knotScores.length != knotValues.length) {
      throw new IllegalArgumentException(
          "need equal, non-zero numbers of knots; scores="
              + knotScores.length
              + ", values="
              + knotValues.length);
    }
    for (int i = 1; i < knotScores.length; i++) {
      if (knotScores[i] < knotScores[i - 1] || knotValues[i] < knotValues[i - 1]) {
        throw new IllegalArgumentException("knots must be non-decreasing; at index=" + i);
      }
    }
    return new IsotonicCalibrator(knotScores.clone(), knotValues.clone());
  }

  /** Fits on held-out predictions and their labels (at least one). */
  public static IsotonicCalibrator fit(double[] scores, int[] labels) {
    SortedPredictions s = SortedPredictions.of(scores, labels);
    if (s.size() == 0) {
      throw new IllegalArgumentException("cannot fit on zero predictions");
    }
    // blocks of the pool: [lo, hi] score range, weight, label sum; ties start as one block
    double[] lo = new double[s.size()];
    double[] hi = new double[s.size()];
    long[] weight = new long[s.size()];
    long[] sum = new long[s.size()];
    int blocks = 0;
    for (int from = 0; from < s.size(); ) {
      int to = s.tieEnd(from);
      lo[blocks] = s.scores[from];
      hi[blocks] = s.scores[from];
      weight[blocks] = to - from;
      for (int i = from; i < to; i++) {
        sum[blocks] += s.labels[i];
      }
      blocks++;
      while (blocks > 1 && violates(sum, weight, blocks - 2)) {
        blocks--; // pool the last block into the one before
        hi[blocks - 1] = hi[blocks];
        weight[blocks - 1] += weight[blocks];
        sum[blocks - 1] += sum[blocks];
        sum[blocks] = 0;
      }
      from = to;
    }
    return knots(lo, hi, weight, sum, blocks);
  }

  /** Whether block {@code b}'s mean exceeds block {@code b + 1}'s (cross-multiplied, exact). */
  private static boolean violates(long[] sum, long[] weight, int b) {
    return sum[b] * weight[b + 1] >= sum[b + 1] * weight[b];
  }

  private static IsotonicCalibrator knots(
      double[] lo, double[] hi, long[] weight, long[] sum, int blocks) {
    double[] xs = new double[2 * blocks];
    double[] ys = new double[2 * blocks];
    for (int b = 0; b < blocks; b++) {
      double mean = (double) sum[b] / weight[b];
      xs[2 * b] = lo[b];
      xs[2 * b + 1] = hi[b];
      ys[2 * b] = mean;
      ys[2 * b + 1] = mean;
    }
    return new IsotonicCalibrator(xs, ys);
  }

  @Override
  public double calibrate(double p) {
    int last = xs.length - 1;
    if (p <= xs[0]) {
      return ys[0];
    }
    if (p >= xs[last]) {
      return ys[last];
    }
    int i = Arrays.binarySearch(xs, p);
    if (i >= 0) {
      return ys[i];
    }
    int right = -i - 1; // xs[right - 1] < p < xs[right]
    double x0 = xs[right - 1];
    double x1 = xs[right];
    double t = (p - x0) / (x1 - x0);
    return ys[right - 1] + t * (ys[right] - ys[right - 1]);
  }

  /** The scores of the knots (each step's two ends). */
  public double[] knotScores() {
    return xs.clone();
  }

  /** The calibrated values at {@link #knotScores()}. */
  public double[] knotValues() {
    return ys.clone();
  }
}
