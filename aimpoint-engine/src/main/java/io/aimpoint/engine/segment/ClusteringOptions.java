package io.aimpoint.engine.segment;

/**
 * How the segment job clusters.
 *
 * @param kMin smallest K tried (at least 2)
 * @param kMax largest K tried
 * @param selectionSample points (a seeded sample) K is chosen on; the chosen K is then fitted on
 *     every point (K-Means) or its mixture assigns every point (GMM)
 * @param gmmSample points the Gaussian mixture is fitted on (EM with full covariances is O(n·K·d²)
 *     per iteration)
 * @param maxIterations iteration bound of K-Means and of EM
 * @param seed seed of every random choice: same profiles and seed, same segments
 */
public record ClusteringOptions(
    int kMin, int kMax, int selectionSample, int gmmSample, int maxIterations, long seed) {

  public static final ClusteringOptions DEFAULTS =
      new ClusteringOptions(2, 12, 2000, 2000, 100, 42);

  public ClusteringOptions {
    if (kMin < 2 || kMax < kMin) {
      throw new IllegalArgumentException("need 2 <= kMin <= kMax; kMin=" + kMin + " kMax=" + kMax);
    }
    if (selectionSample < 10 || gmmSample < 10 || maxIterations < 1) {
      throw new IllegalArgumentException(
          "samples must be >= 10 and maxIterations >= 1; selectionSample="
              + selectionSample
              + " gmmSample="
              + gmmSample
              + " maxIterations="
              + maxIterations);
    }
  }
}
