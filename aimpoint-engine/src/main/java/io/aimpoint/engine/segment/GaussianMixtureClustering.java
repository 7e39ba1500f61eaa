package io.aimpoint.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.MixtureMultivariateNormalDistribution;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.distribution.fitting.MultivariateNormalMixtureExpectationMaximization;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.util.Pair;

/**
 * A Gaussian mixture (Commons Math EM, full covariances) with K chosen by the Bayesian information
 * criterion {@code BIC = -2 ln L + p ln n}, {@code p = K - 1 + K·d + K·d(d+1)/2}: the lowest BIC
 * over {@code [kMin, kMax]} wins. Fitted on a seeded sample; every point is then assigned to the
 * component with the highest posterior (the nearest mean when all densities underflow).
 *
 * <p>The mixture is fitted in the sample's leading principal components ({@link #PCA_SHARE} of the
 * variance, at most {@code kMax} of them): sparse profile vectors are far from Gaussian in their
 * minor dimensions (a category most members lack is a spike at 0), which makes BIC split clusters
 * on noise, and full covariances cost O(d²) per density.
 *
 * <p>Profile vectors are sparse, so a component's covariance is often singular. Regularisation: the
 * fitted sample gets seeded Gaussian noise of standard deviation {@link #JITTER} per coordinate,
 * which adds about {@code JITTER² · I} to every covariance (a ridge EM cannot be given directly in
 * Commons Math). EM starts from K-Means++ clusters of the sample with covariance plus the same
 * ridge. A K whose EM still fails numerically is skipped.
 */
public final class GaussianMixtureClustering {
  /** Standard deviation of the regularising noise; the vectors' parts have length 1. */
  public static final double JITTER = 0.02;

  private static final double EM_THRESHOLD = 1e-5;
  private final ClusteringOptions options;

  public GaussianMixtureClustering(ClusteringOptions options) {
    this.options = options;
  }

  /** Share of the sample's variance the principal components the mixture is fitted in keep. */
  public static final double PCA_SHARE = 0.9;

  /** Chooses K by BIC on the sample and assigns every point. */
  public ClusterFit fit(double[][] points) {
    double[][] raw = Samples.of(points, options.gmmSample(), options.seed() + 1);
    Pca pca = Pca.fit(raw, PCA_SHARE, options.kMax());
    double[][] sample = jittered(pca.project(raw));
    int kMax = Math.min(options.kMax(), sample.length / 2);
    double[] bics = new double[Math.max(0, kMax - options.kMin() + 1)];
    MixtureMultivariateNormalDistribution best = null;
    double bestBic = Double.POSITIVE_INFINITY;
    for (int k = options.kMin(); k <= kMax; k++) {
      MixtureMultivariateNormalDistribution mixture = fitK(sample, k);
      double bic = mixture == null ? Double.NaN : bic(mixture, sample);
      bics[k - options.kMin()] = bic;
      if (mixture != null && bic < bestBic) {
        bestBic = bic;
        best = mixture;
      }
    }
    if (best == null) {
      throw new IllegalStateException(
          "the Gaussian mixture failed for every K; n=" + points.length);
    }
    return assign(best, pca.project(points), points, bestBic, bics);
  }

  /** EM for exactly {@code k} components, or null when it fails numerically. */
  MixtureMultivariateNormalDistribution fitK(double[][] sample, int k) {
    try {
      ClusterFit start = new KMeansClustering(options).fitK(sample, k);
      MultivariateNormalMixtureExpectationMaximization em =
          new MultivariateNormalMixtureExpectationMaximization(sample);
      em.fit(initial(sample, start), options.maxIterations(), EM_THRESHOLD);
      return em.getFittedModel();
    } catch (MathIllegalArgumentException | MathIllegalStateException | MathArithmeticException e) {
      return null;
    }
  }

  private MixtureMultivariateNormalDistribution initial(double[][] sample, ClusterFit start) {
    int d = sample[0].length;
    List<Pair<Double, MultivariateNormalDistribution>> components = new ArrayList<>();
    int[] sizes = start.sizes();
    for (int c = 0; c < start.k(); c++) {
      double[][] cov = new double[d][d];
      for (int i = 0; i < sample.length; i++) {
        if (start.assignment()[i] == c) {
          addOuter(cov, sample[i], start.centers()[c]);
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < d; b++) {
          cov[a][b] /= Math.max(1, sizes[c]);
        }
        cov[a][a] += JITTER * JITTER;
      }
      double weight = Math.max(sizes[c], 1) / (double) (sample.length + start.k());
      components.add(
          new Pair<>(weight, new MultivariateNormalDistribution(start.centers()[c], cov)));
    }
    return new MixtureMultivariateNormalDistribution(components);
  }

  private static void addOuter(double[][] cov, double[] x, double[] mean) {
    for (int a = 0; a < x.length; a++) {
      double da = x[a] - mean[a];
      for (int b = 0; b < x.length; b++) {
        cov[a][b] += da * (x[b] - mean[b]);
      }
    }
  }

  static double bic(MixtureMultivariateNormalDistribution mixture, double[][] sample) {
    int k = mixture.getComponents().size();
    int d = sample[0].length;
    double logL = 0;
    for (double[] x : sample) {
      logL += Math.log(Math.max(mixture.density(x), Double.MIN_VALUE));
    }
    double params = (k - 1) + k * d + k * d * (d + 1) / 2.0;
    return -2 * logL + params * Math.log(sample.length);
  }

  // Components are fitted in PCA space; the centres reported are the members' means in the
  // original space, which is what segment names are read from.
  private static ClusterFit assign(
      MixtureMultivariateNormalDistribution mixture,
      double[][] projected,
      double[][] points,
      double bic,
      double[] bics) {
    List<Pair<Double, MultivariateNormalDistribution>> comps = mixture.getComponents();
    double[][] means = new double[comps.size()][];
    for (int c = 0; c < means.length; c++) {
      means[c] = comps.get(c).getSecond().getMeans();
    }
    int[] assignment = new int[points.length];
    double[][] centers = new double[means.length][points[0].length];
    int[] sizes = new int[means.length];
    for (int i = 0; i < points.length; i++) {
      int c = mostLikely(comps, means, projected[i]);
      assignment[i] = c;
      sizes[c]++;
      for (int j = 0; j < points[i].length; j++) {
        centers[c][j] += points[i][j];
      }
    }
    for (int c = 0; c < centers.length; c++) {
      for (int j = 0; j < centers[c].length; j++) {
        centers[c][j] /= Math.max(1, sizes[c]);
      }
    }
    return new ClusterFit("gmm", means.length, assignment, centers, bic, bics);
  }

  private static int mostLikely(
      List<Pair<Double, MultivariateNormalDistribution>> comps, double[][] means, double[] x) {
    int best = -1;
    double bestP = 0;
    for (int c = 0; c < comps.size(); c++) {
      double p = comps.get(c).getFirst() * comps.get(c).getSecond().density(x);
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    return best >= 0 ? best : nearest(means, x);
  }

  private static int nearest(double[][] means, double[] x) {
    int best = 0;
    for (int c = 1; c < means.length; c++) {
      if (Silhouette.distance(means[c], x) < Silhouette.distance(means[best], x)) {
        best = c;
      }
    }
    return best;
  }

  private double[][] jittered(double[][] sample) {
    SplittableRandom random = new SplittableRandom(options.seed() + 2);
    double[][] out = new double[sample.length][];
    for (int i = 0; i < sample.length; i++) {
      out[i] = sample[i].clone();
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] += JITTER * gaussian(random);
      }
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
