package io.aimpoint.ml.eval;

import java.util.Arrays;

/** Ranking and probability metrics over predicted click probabilities and 0/1 labels. */
public final class Metrics {
  /** Probabilities are clipped to [EPS, 1 - EPS] in log-loss, as scikit-learn does. */
  public static final double LOG_LOSS_EPS = 1e-15;

  private Metrics() {}

  /**
   * Area under the ROC curve: the probability that a random positive scores above a random
   * negative, ties counting one half (the Mann-Whitney statistic). NaN when either class is absent.
   */
  public static double auc(double[] scores, int[] labels) {
    return auc(SortedPredictions.of(scores, labels));
  }

  static double auc(SortedPredictions s) {
    if (s.positives == 0 || s.negatives == 0) {
      return Double.NaN;
    }
    double wins = 0;
    long negativesBelow = 0;
    for (int from = 0; from < s.size(); ) {
      int to = s.tieEnd(from);
      long pos = 0;
      for (int i = from; i < to; i++) {
        pos += s.labels[i];
      }
      long neg = (to - from) - pos;
      wins += pos * (negativesBelow + 0.5 * neg);
      negativesBelow += neg;
      from = to;
    }
    return wins / ((double) s.positives * s.negatives);
  }

  /** Mean negative log-likelihood of the labels, in nats. */
  public static double logLoss(double[] scores, int[] labels) {
    check(scores, labels);
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double p = Math.min(1 - LOG_LOSS_EPS, Math.max(LOG_LOSS_EPS, scores[i]));
      sum -= labels[i] == 1 ? Math.log(p) : Math.log1p(-p);
    }
    return sum / scores.length;
  }

  /** Group AUC over {@code groups} (e.g. pseudonymous user ids); see {@link GroupAuc}. */
  public static GroupAuc groupAuc(double[] scores, int[] labels, long[] groups) {
    check(scores, labels);
    if (groups.length != scores.length) {
      throw new IllegalArgumentException(
          "groups and scores differ in length; groups="
              + groups.length
              + ", scores="
              + scores.length);
    }
    int[] order = orderByGroup(groups);
    double weighted = 0;
    long weight = 0;
    int used = 0;
    int skipped = 0;
    for (int from = 0; from < order.length; ) {
      int to = from + 1;
      while (to < order.length && groups[order[to]] == groups[order[from]]) {
        to++;
      }
      double[] s = new double[to - from];
      int[] y = new int[to - from];
      for (int i = from; i < to; i++) {
        s[i - from] = scores[order[i]];
        y[i - from] = labels[order[i]];
      }
      double auc = auc(s, y);
      if (Double.isNaN(auc)) {
        skipped++;
      } else {
        weighted += auc * s.length;
        weight += s.length;
        used++;
      }
      from = to;
    }
    return new GroupAuc(weight == 0 ? Double.NaN : weighted / weight, used, skipped);
  }

  /** Indices ordered by group id: a counting sort over dense ids from a sorted copy. */
  private static int[] orderByGroup(long[] groups) {
    long[] distinct = groups.clone();
    Arrays.sort(distinct);
    int unique = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[unique++] = distinct[i];
      }
    }
    int[] dense = new int[groups.length];
    int[] starts = new int[unique + 1];
    for (int i = 0; i < groups.length; i++) {
      dense[i] = Arrays.binarySearch(distinct, 0, unique, groups[i]);
      starts[dense[i] + 1]++;
    }
    for (int g = 0; g < unique; g++) {
      starts[g + 1] += starts[g];
    }
    int[] order = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      order[starts[dense[i]]++] = i;
    }
    return order;
  }

  /** Expected calibration error; see {@link ReliabilityTable}. */
  public static double ece(
      double[] scores, int[] labels, int bins, ReliabilityTable.Binning binning) {
    return ReliabilityTable.of(scores, labels, bins, binning).ece();
  }

  static void check(double[] scores, int[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "scores and labels differ in length; scores="
              + scores.length
              + ", labels="
              + labels.length);
    }
    for (int i = 0; i < scores.length; i++) {
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("labels must be 0 or 1; labels[" + i + "]=" + labels[i]);
      }
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score is NaN; index=" + i);
      }
    }
  }
}
