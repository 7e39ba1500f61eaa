package io.aimpoint.engine.decision;

import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ranking.ExposureFatigue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs each tracked impression and click with the exposure bucket its ad had when it was ranked,
 * and counts them in an {@link ExposureFatigue}.
 *
 * <p>The {@link FatigueAwareRanker} tells it, per decision made with a profile, the exposure bucket
 * of every candidate's campaign ({@link #scored}; campaigns left out had none); the tracking
 * service reports every new impression and click with its decision id ({@link #delivered}). So the
 * multiplier is learned on exactly the exposure counts it is applied to at ranking time (the
 * profile's folded counts, which may lag the latest impressions by a catch-up). Decisions made
 * without a profile are not remembered and their deliveries not counted: their exposures are
 * unknown. At most {@code capacity} decisions are remembered, the oldest forgotten first; a
 * delivery of a forgotten decision is not counted, which thins the evidence of every bucket alike.
 * Per engine instance, in memory, like the other delivery counts of {@link DeliveryCache}.
 */
public final class FatigueTracker {
  /** Decisions remembered by default: several minutes of traffic of a busy instance. */
  public static final int DEFAULT_CAPACITY = 200_000;

  /** Prior weight of each bucket in impressions at the overall CTR. */
  public static final double DEFAULT_PRIOR_IMPRESSIONS = 500;

  private final ExposureFatigue fatigue;
  private final Map<String, Map<String, Integer>> buckets;

  public FatigueTracker(ExposureFatigue fatigue, int capacity) {
    this.fatigue = Objects.requireNonNull(fatigue, "fatigue");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1; capacity=" + capacity);
    }
    this.buckets =
        new LinkedHashMap<>(1024, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Map<String, Integer>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** A tracker with {@link #DEFAULT_PRIOR_IMPRESSIONS} and {@link #DEFAULT_CAPACITY}. */
  public static FatigueTracker withDefaults() {
    return new FatigueTracker(new ExposureFatigue(DEFAULT_PRIOR_IMPRESSIONS), DEFAULT_CAPACITY);
  }

  /**
   * Remembers the exposure buckets of a decision made with a profile: campaign id to bucket, for
   * the campaigns in a bucket above 0.
   */
  public void scored(String decisionId, Map<String, Integer> nonZeroBuckets) {
    Map<String, Integer> copy = Map.copyOf(nonZeroBuckets);
    synchronized (buckets) {
      buckets.put(decisionId, copy);
    }
  }

  /** Counts a new (non-duplicate) impression or click of a campaign's ad served by a decision. */
  public void delivered(DeliveryKind kind, String decisionId, String campaignId) {
    if (kind == DeliveryKind.CONVERSION) {
      return;
    }
    Map<String, Integer> known;
    synchronized (buckets) {
      known = buckets.get(decisionId);
    }
    if (known == null) {
      return;
    }
    int bucket = known.getOrDefault(campaignId, 0);
    if (kind == DeliveryKind.IMPRESSION) {
      fatigue.recordImpression(bucket);
    } else {
      fatigue.recordClick(bucket);
    }
  }

  /** The current CTR multiplier per exposure bucket ({@link ExposureFatigue#multipliers}). */
  public double[] multipliers() {
    return fatigue.multipliers();
  }

  public ExposureFatigue fatigue() {
    return fatigue;
  }
}
