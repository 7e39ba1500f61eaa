package io.aimpoint.engine.segment;

/**
 * The mean silhouette coefficient (Rousseeuw 1987) with Euclidean distances: per point, {@code (b -
 * a) / max(a, b)} with {@code a} the mean distance to its own cluster and {@code b} the smallest
 * mean distance to another cluster; 0 for points alone in their cluster. O(n²): call it on a
 * sample.
 */
final class Silhouette {
  private Silhouette() {}

  static double mean(double[][] points, int[] assignment, int k) {
    int n = points.length;
    int[] sizes = new int[k];
    for (int c : assignment) {
      sizes[c]++;
    }
    double total = 0;
    double[] sums = new double[k];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sums, 0);
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sums[assignment[j]] += distance(points[i], points[j]);
        }
      }
      int own = assignment[i];
      if (sizes[own] <= 1) {
        continue;
      }
      double a = sums[own] / (sizes[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && sizes[c] > 0) {
          b = Math.min(b, sums[c] / sizes[c]);
        }
      }
      double max = Math.max(a, b);
      total += b == Double.POSITIVE_INFINITY || max == 0 ? 0 : (b - a) / max;
    }
    return total / n;
  }

  static double distance(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double d = x[i] - y[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }
}
