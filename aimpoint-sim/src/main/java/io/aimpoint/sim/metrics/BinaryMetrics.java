package io.aimpoint.sim.metrics;

import java.util.Arrays;

/**
 * Quality of probability predictions against binary outcomes. Applied to the ground-truth
 * probabilities of the served impressions, these give the Bayes-optimal AUC and log-loss: the best
 * any model could reach on that traffic.
 */
public final class BinaryMetrics {
  /** Predictions are clipped to [EPSILON, 1 - EPSILON] so log-loss stays finite. */
  public static final double EPSILON = 1e-15;

  private BinaryMetrics() {}

  /**
   * The area under the ROC curve: the probability that a random positive scores above a random
   * negative, ties counting one half. Computed from the Mann-Whitney U statistic with mid-ranks for
   * tied scores, in O(n log n). NaN when all outcomes are equal (AUC is undefined then).
   */
  public static double auc(double[] scores, boolean[] outcomes) {
    checkSameLength(scores, outcomes);
    int n = scores.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    long positives = 0;
    double positiveRankSum = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1; // ranks are 1-based; a tie group shares its mean rank
      for (int k = i; k <= j; k++) {
        if (outcomes[order[k]]) {
          positives++;
          positiveRankSum += midRank;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double u = positiveRankSum - positives * (positives + 1) / 2.0;
    return u / ((double) positives * negatives);
  }

  /**
   * The mean negative log-likelihood (natural log) of {@code outcomes} under {@code probabilities},
   * each clipped to [{@link #EPSILON}, 1 - {@link #EPSILON}].
   */
  public static double logLoss(double[] probabilities, boolean[] outcomes) {
    checkSameLength(probabilities, outcomes);
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("log-loss of no predictions is undefined");
    }
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            "probabilities must be in [0, 1]; probabilities[" + i + "]=" + p);
      }
      p = Math.min(1 - EPSILON, Math.max(EPSILON, p));
      sum -= outcomes[i] ? Math.log(p) : Math.log1p(-p);
    }
    return sum / probabilities.length;
  }

  private static void checkSameLength(double[] predictions, boolean[] outcomes) {
    if (predictions.length != outcomes.length) {
      throw new IllegalArgumentException(
          "predictions and outcomes differ in length: "
              + predictions.length
              + " != "
              + outcomes.length);
    }
    for (int i = 0; i < predictions.length; i++) {
      if (Double.isNaN(predictions[i])) {
        throw new IllegalArgumentException("prediction " + i + " is NaN");
      }
    }
  }
}
