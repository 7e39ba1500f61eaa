package io.aimpoint.core.ranking;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Ad fatigue learned from delivery: how the click-through rate of a campaign's ad changes with how
 * often the user saw that campaign before. Impressions and clicks are counted per bucket of prior
 * exposures ({@code 0, 1, 2, 3-4, 5+}); the multiplier of a bucket is its smoothed CTR over the
 * overall CTR:
 *
 * <pre>
 *   m(b) = ctr(b) / ctr,   ctr(b) = (clicks(b) + s ctr) / (impressions(b) + s)
 * </pre>
 *
 * i.e. each bucket's CTR has a Beta prior ({@link BetaPrior#withMean}) centred on the overall CTR
 * {@code ctr} and worth {@code s = priorImpressions} impressions, so every multiplier starts at 1
 * (neutral) and moves only as its bucket gathers evidence. A baseline CTR estimated over all
 * impressions, whatever their exposure count, times m(b) is the CTR at b. The ratio does not
 * control for which campaigns and users reach the higher buckets (a campaign that often repeats to
 * the same users weighs more there); the decision pipeline applies it only to the historical
 * baseline, learned models take exposures as a feature instead. Thread-safe.
 */
public final class ExposureFatigue {
  /** Lower bounds of the exposure buckets: 0, 1, 2, 3-4, 5+. */
  private static final long[] BUCKET_STARTS = {0, 1, 2, 3, 5};

  /** How many buckets there are. */
  public static final int BUCKETS = BUCKET_STARTS.length;

  private final double priorImpressions;
  private final AtomicLongArray impressions = new AtomicLongArray(BUCKETS);
  private final AtomicLongArray clicks = new AtomicLongArray(BUCKETS);

  /**
   * @param priorImpressions how many impressions at the overall CTR each bucket's prior is worth
   */
  public ExposureFatigue(double priorImpressions) {
    if (!(priorImpressions > 0) || Double.isInfinite(priorImpressions)) {
      throw new IllegalArgumentException(
          "priorImpressions must be finite and > 0; priorImpressions=" + priorImpressions);
    }
    this.priorImpressions = priorImpressions;
  }

  /** The bucket of an impression the user had seen {@code exposuresBefore} times before. */
  public static int bucket(long exposuresBefore) {
    if (exposuresBefore < 0) {
      throw new IllegalArgumentException(
          "exposuresBefore must be >= 0; exposuresBefore=" + exposuresBefore);
    }
    for (int b = BUCKETS - 1; b > 0; b--) {
      if (exposuresBefore >= BUCKET_STARTS[b]) {
        return b;
      }
    }
    return 0;
  }

  /** Counts an impression in {@code bucket}. */
  public void recordImpression(int bucket) {
    impressions.incrementAndGet(checked(bucket));
  }

  /** Counts a click on an impression of {@code bucket}. */
  public void recordClick(int bucket) {
    clicks.incrementAndGet(checked(bucket));
  }

  /** The counts of {@code bucket}. */
  public DeliveryCounts counts(int bucket) {
    int b = checked(bucket);
    return new DeliveryCounts(impressions.get(b), clicks.get(b), 0);
  }

  /** The CTR multiplier of every bucket, index = bucket; all 1 before any delivery. */
  public double[] multipliers() {
    long[] imps = new long[BUCKETS];
    long[] clk = new long[BUCKETS];
    long totalImps = 0;
    long totalClicks = 0;
    for (int b = 0; b < BUCKETS; b++) {
      imps[b] = impressions.get(b);
      clk[b] = clicks.get(b);
      totalImps += imps[b];
      totalClicks += clk[b];
    }
    double[] out = new double[BUCKETS];
    if (totalImps == 0 || totalClicks == 0) {
      java.util.Arrays.fill(out, 1.0);
      return out;
    }
    double ctr = Math.min(1.0, totalClicks / (double) totalImps);
    BetaPrior prior = BetaPrior.withMean(ctr, priorImpressions);
    for (int b = 0; b < BUCKETS; b++) {
      out[b] = prior.posterior(clk[b], imps[b]).mean() / prior.mean();
    }
    return out;
  }

  private static int checked(int bucket) {
    if (bucket < 0 || bucket >= BUCKETS) {
      throw new IllegalArgumentException(
          "bucket must be in 0.." + (BUCKETS - 1) + "; bucket=" + bucket);
    }
    return bucket;
  }
}
