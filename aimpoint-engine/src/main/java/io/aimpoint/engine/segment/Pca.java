package io.aimpoint.engine.segment;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Principal components of a sample: the fewest leading components that explain {@code share} of the
 * variance, at least 2 and at most {@code maxComponents}. Projects points onto them (centred).
 */
final class Pca {
  private final double[] mean;
  private final double[][] components;

  private Pca(double[] mean, double[][] components) {
    this.mean = mean;
    this.components = components;
  }

  static Pca fit(double[][] sample, double share, int maxComponents) {
    int d = sample[0].length;
    double[] mean = new double[d];
    for (double[] x : sample) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[j] / sample.length;
      }
    }
    RealMatrix cov = new Covariance(sample, false).getCovarianceMatrix();
    EigenDecomposition eigen = new EigenDecomposition(cov);
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[d];
    for (int i = 0; i < d; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> -values[i]));
    double total = Arrays.stream(values).map(v -> Math.max(v, 0)).sum();
    int m = 0;
    double explained = 0;
    while (m < Math.min(d, maxComponents) && (m < 2 || explained < share * total)) {
      explained += Math.max(values[order[m]], 0);
      m++;
    }
    double[][] components = new double[m][];
    for (int c = 0; c < m; c++) {
      components[c] = eigen.getEigenvector(order[c]).toArray();
    }
    return new Pca(mean, components);
  }

  int dimension() {
    return components.length;
  }

  double[] project(double[] x) {
    double[] out = new double[components.length];
    for (int c = 0; c < components.length; c++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += components[c][j] * (x[j] - mean[j]);
      }
      out[c] = s;
    }
    return out;
  }

  double[][] project(double[][] points) {
    return Arrays.stream(points).map(this::project).toArray(double[][]::new);
  }
}
