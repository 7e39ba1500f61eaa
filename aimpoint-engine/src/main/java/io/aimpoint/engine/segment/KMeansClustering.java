package io.aimpoint.engine.segment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * K-Means++ (Commons Math) with K chosen by the mean silhouette coefficient on a seeded sample: for
 * each K in {@code [kMin, kMax]} the sample is clustered and its silhouette computed; the K with
 * the highest silhouette wins (ties: the smaller K), and that K is fitted again on every point. The
 * silhouette rewards clusters that are tight and far apart and, unlike the SSE, does not improve
 * just by adding clusters. Each fit keeps the best of {@link #TRIALS} seeded K-Means++ starts
 * (lowest sum of cluster variances), since one unlucky start can merge two clusters.
 */
public final class KMeansClustering {
  /** K-Means++ starts per fit. */
  public static final int TRIALS = 5;

  private final ClusteringOptions options;

  public KMeansClustering(ClusteringOptions options) {
    this.options = options;
  }

  /** Chooses K on a sample and clusters every point with it. */
  public ClusterFit fit(double[][] points) {
    double[][] sample = Samples.of(points, options.selectionSample(), options.seed());
    int kMax = Math.min(options.kMax(), sample.length - 1);
    double[] scores = new double[Math.max(0, kMax - options.kMin() + 1)];
    int bestK = options.kMin();
    double best = Double.NEGATIVE_INFINITY;
    for (int k = options.kMin(); k <= kMax; k++) {
      ClusterFit fit = fitK(sample, k);
      double s = Silhouette.mean(sample, fit.assignment(), k);
      scores[k - options.kMin()] = s;
      if (s > best + 1e-9) {
        best = s;
        bestK = k;
      }
    }
    ClusterFit all = fitK(points, Math.min(bestK, points.length));
    return new ClusterFit("kmeans", all.k(), all.assignment(), all.centers(), best, scores);
  }

  /** K-Means++ with exactly {@code k} clusters, seeded. */
  public ClusterFit fitK(double[][] points, int k) {
    JDKRandomGenerator random = new JDKRandomGenerator();
    random.setSeed(options.seed());
    KMeansPlusPlusClusterer<Indexed> clusterer =
        new KMeansPlusPlusClusterer<>(
            k,
            options.maxIterations(),
            new EuclideanDistance(),
            random,
            KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_POINTS_NUMBER);
    List<Indexed> wrapped = new ArrayList<>(points.length);
    for (int i = 0; i < points.length; i++) {
      wrapped.add(new Indexed(i, points[i]));
    }
    List<CentroidCluster<Indexed>> clusters =
        new MultiKMeansPlusPlusClusterer<>(clusterer, TRIALS).cluster(wrapped);
    int[] assignment = new int[points.length];
    double[][] centers = new double[clusters.size()][];
    for (int c = 0; c < clusters.size(); c++) {
      centers[c] = clusters.get(c).getCenter().getPoint();
      for (Indexed p : clusters.get(c).getPoints()) {
        assignment[p.index] = c;
      }
    }
    return new ClusterFit(
        "kmeans", clusters.size(), assignment, centers, Double.NaN, new double[0]);
  }

  private record Indexed(int index, double[] point) implements Clusterable {
    @Override
    public double[] getPoint() {
      return point;
    }
  }
}
