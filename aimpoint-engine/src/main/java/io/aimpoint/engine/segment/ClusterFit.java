package io.aimpoint.engine.segment;

/**
 * One clustering of n points: {@code assignment[i]} is point i's cluster in {@code [0, k)}, {@code
 * centers[c]} cluster c's mean, {@code criterion} the score K was chosen by (silhouette for
 * K-Means, BIC for the mixture) and {@code candidates} that score per K tried, from {@code kMin}.
 */
public record ClusterFit(
    String method,
    int k,
    int[] assignment,
    double[][] centers,
    double criterion,
    double[] candidates) {

  /** Members per cluster. */
  public int[] sizes() {
    int[] sizes = new int[k];
    for (int c : assignment) {
      sizes[c]++;
    }
    return sizes;
  }
}
