package io.aimpoint.ml.eval;

import java.util.Arrays;

/**
 * Collects predictions, labels and optional group ids, in primitive arrays, for evaluation at the
 * end of a pass (progressive validation while training online, or a held-out set). Not thread-safe.
 */
public final class PredictionLog {
  /**
   * Group id of predictions whose group is unknown (the same value as {@code Example.NO_GROUP}).
   */
  public static final long NO_GROUP = Long.MIN_VALUE;

  /** Bins of the {@link Evaluation#ece()} in {@link #evaluate()}. */
  public static final int ECE_BINS = 20;

  private double[] scores = new double[1024];
  private int[] labels = new int[1024];
  private long[] groups = new long[1024];
  private int size;
  private boolean anyGroup;

  /** Records a prediction without a group. */
  public void add(double score, int label) {
    add(score, label, NO_GROUP);
  }

  /** Records a prediction; {@code group} may be {@link #NO_GROUP}. */
  public void add(double score, int label, long group) {
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("label must be 0 or 1; label=" + label);
    }
    if (size == scores.length) {
      scores = Arrays.copyOf(scores, size * 2);
      labels = Arrays.copyOf(labels, size * 2);
      groups = Arrays.copyOf(groups, size * 2);
    }
    scores[size] = score;
    labels[size] = label;
    groups[size] = group;
    anyGroup |= group != NO_GROUP;
    size++;
  }

  public int size() {
    return size;
  }

  public double[] scores() {
    return Arrays.copyOf(scores, size);
  }

  public int[] labels() {
    return Arrays.copyOf(labels, size);
  }

  public long[] groups() {
    return Arrays.copyOf(groups, size);
  }

  /**
   * AUC, log-loss, equal-mass ECE over {@value #ECE_BINS} bins and, when any prediction had a
   * group, group AUC over the predictions that had one.
   */
  public Evaluation evaluate() {
    double[] s = scores();
    int[] y = labels();
    long positives = 0;
    for (int label : y) {
      positives += label;
    }
    return new Evaluation(
        size,
        positives,
        Metrics.auc(s, y),
        size == 0 ? Double.NaN : Metrics.logLoss(s, y),
        Metrics.ece(s, y, ECE_BINS, ReliabilityTable.Binning.EQUAL_MASS),
        anyGroup ? groupAuc() : new GroupAuc(Double.NaN, 0, 0));
  }

  private GroupAuc groupAuc() {
    int known = 0;
    for (int i = 0; i < size; i++) {
      known += groups[i] != NO_GROUP ? 1 : 0;
    }
    double[] s = new double[known];
    int[] y = new int[known];
    long[] g = new long[known];
    for (int i = 0, j = 0; i < size; i++) {
      if (groups[i] != NO_GROUP) {
        s[j] = scores[i];
        y[j] = labels[i];
        g[j++] = groups[i];
      }
    }
    return Metrics.groupAuc(s, y, g);
  }
}
