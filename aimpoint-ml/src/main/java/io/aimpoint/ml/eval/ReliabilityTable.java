package io.aimpoint.ml.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reliability table: predictions grouped into bins by score, each with its mean prediction and
 * the observed click rate. A calibrated model has the two equal in every bin; the expected
 * calibration error ({@link #ece()}) is their absolute difference averaged over bins weighted by
 * bin size (Naeini et al., AAAI 2015).
 *
 * <p>With CTRs of a few percent, equal-width bins put nearly everything in the first bin and hide
 * miscalibration; equal-mass bins (quantiles of the score) give every bin the same number of
 * predictions and are the better default for ads. Only non-empty bins are listed.
 *
 * @param bins the non-empty bins in increasing score order
 */
public record ReliabilityTable(List<Bin> bins) {

  /** How bin boundaries are chosen. */
  public enum Binning {
    /** Bins of equal width on [0, 1]. */
    EQUAL_WIDTH,
    /** Bins holding equal numbers of predictions (ties may make them unequal). */
    EQUAL_MASS
  }

  /**
   * One bin.
   *
   * @param lower lowest score in the bin
   * @param upper highest score in the bin
   * @param count predictions in the bin
   * @param meanPredicted mean predicted probability
   * @param observedRate fraction of positives
   */
  public record Bin(
      double lower, double upper, long count, double meanPredicted, double observedRate) {}

  public ReliabilityTable {
    bins = List.copyOf(bins);
  }

  /** Builds the table over {@code binCount} bins of probabilities in [0, 1]. */
  public static ReliabilityTable of(double[] scores, int[] labels, int binCount, Binning binning) {
    if (binCount < 1) {
      throw new IllegalArgumentException("binCount must be positive; binCount=" + binCount);
    }
    SortedPredictions s = SortedPredictions.of(scores, labels);
    if (s.size() > 0 && (s.scores[0] < 0 || s.scores[s.size() - 1] > 1)) {
      throw new IllegalArgumentException(
          "scores must be probabilities in [0, 1]; min="
              + s.scores[0]
              + ", max="
              + s.scores[s.size() - 1]);
    }
    List<Bin> bins = new ArrayList<>();
    int from = 0;
    for (int b = 0; b < binCount && from < s.size(); b++) {
      int to =
          binning == Binning.EQUAL_MASS ? massEnd(s, b, binCount) : widthEnd(s, from, b, binCount);
      if (to > from) {
        bins.add(bin(s, from, to));
      }
      from = Math.max(from, to);
    }
    return new ReliabilityTable(bins);
  }

  private static int massEnd(SortedPredictions s, int bin, int binCount) {
    return (int) ((long) s.size() * (bin + 1) / binCount);
  }

  private static int widthEnd(SortedPredictions s, int from, int bin, int binCount) {
    if (bin == binCount - 1) {
      return s.size();
    }
    double upper = (double) (bin + 1) / binCount;
    int to = from;
    while (to < s.size() && s.scores[to] < upper) {
      to++;
    }
    return to;
  }

  private static Bin bin(SortedPredictions s, int from, int to) {
    double sum = 0;
    long positives = 0;
    for (int i = from; i < to; i++) {
      sum += s.scores[i];
      positives += s.labels[i];
    }
    int n = to - from;
    return new Bin(s.scores[from], s.scores[to - 1], n, sum / n, (double) positives / n);
  }

  /** Predictions over all bins. */
  public long count() {
    long n = 0;
    for (Bin b : bins) {
      n += b.count();
    }
    return n;
  }

  /** Expected calibration error: the count-weighted mean of |mean predicted - observed rate|. */
  public double ece() {
    long total = count();
    if (total == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (Bin b : bins) {
      sum += b.count() * Math.abs(b.meanPredicted() - b.observedRate());
    }
    return sum / total;
  }

  /** Maximum calibration error: the largest |mean predicted - observed rate| of any bin. */
  public double mce() {
    double max = 0;
    for (Bin b : bins) {
      max = Math.max(max, Math.abs(b.meanPredicted() - b.observedRate()));
    }
    return max;
  }

  /** A fixed-width text table for reports. */
  public String format() {
    StringBuilder sb =
        new StringBuilder("     lower      upper      count  predicted   observed\n");
    for (Bin b : bins) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%10.6f %10.6f %10d %10.6f %10.6f%n",
              b.lower(),
              b.upper(),
              b.count(),
              b.meanPredicted(),
              b.observedRate()));
    }
    return sb.toString();
  }
}
