package io.aimpoint.ml.eval;

import java.util.Arrays;

/**
 * Predictions sorted by score with their labels alongside. Built by sorting the positives' and the
 * negatives' scores separately (primitive sorts, no boxing or index arrays) and merging: enough for
 * every metric here, since none needs the original order once scores are sorted.
 */
final class SortedPredictions {
  final double[] scores;
  final byte[] labels;
  final int positives;
  final int negatives;

  private SortedPredictions(double[] scores, byte[] labels, int positives) {
    this.scores = scores;
    this.labels = labels;
    this.positives = positives;
    this.negatives = scores.length - positives;
  }

  static SortedPredictions of(double[] scores, int[] labels) {
    Metrics.check(scores, labels);
    int positives = 0;
    for (int y : labels) {
      positives += y;
    }
    double[] pos = new double[positives];
    double[] neg = new double[scores.length - positives];
    for (int i = 0, p = 0, n = 0; i < scores.length; i++) {
      if (labels[i] == 1) {
        pos[p++] = scores[i];
      } else {
        neg[n++] = scores[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    double[] merged = new double[scores.length];
    byte[] mergedLabels = new byte[scores.length];
    for (int i = 0, p = 0, n = 0; i < merged.length; i++) {
      if (n == neg.length || (p < pos.length && pos[p] < neg[n])) {
        merged[i] = pos[p++];
        mergedLabels[i] = 1;
      } else {
        merged[i] = neg[n++];
      }
    }
    return new SortedPredictions(merged, mergedLabels, positives);
  }

  int size() {
    return scores.length;
  }

  /** Exclusive end of the run of scores equal to {@code scores[from]}. */
  int tieEnd(int from) {
    int end = from + 1;
    while (end < scores.length && scores[end] == scores[from]) {
      end++;
    }
    return end;
  }
}
