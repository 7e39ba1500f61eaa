package io.aimpoint.sim.policy;

import io.aimpoint.core.campaign.VariantCombination;
import io.aimpoint.sim.world.SimCreative;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the simulator saw of dynamic creatives in one run, per simulated hour: impressions of
 * creatives with title variants, how many of them showed the creative's best title (by hidden
 * appeal), their summed true click probability and their clicks. Filled by the runner as it
 * delivers ads; read after the run. Thread-safe.
 */
public final class VariantTally {
  private final Instant start;
  private final long[] impressions;
  private final long[] best;
  private final long[] clicks;
  private final double[] trueCtr;

  public VariantTally(Instant start, int hours) {
    if (hours < 1) {
      throw new IllegalArgumentException("hours must be positive; hours=" + hours);
    }
    this.start = start;
    this.impressions = new long[hours];
    this.best = new long[hours];
    this.clicks = new long[hours];
    this.trueCtr = new double[hours];
  }

  /** Counts one delivered ad if its creative has title variants. */
  public synchronized void record(
      Instant at, SimCreative creative, String variantId, double pCtr, boolean clicked) {
    if (creative.titleQualities().isEmpty() || variantId == null) {
      return;
    }
    int hour = (int) Math.min(impressions.length - 1, Duration.between(start, at).toHours());
    if (hour < 0) {
      return;
    }
    impressions[hour]++;
    trueCtr[hour] += pCtr;
    if (clicked) {
      clicks[hour]++;
    }
    int title = VariantCombination.parse(variantId).map(VariantCombination::title).orElse(-1);
    if (title == creative.bestTitle()) {
      best[hour]++;
    }
  }

  public synchronized long[] impressions() {
    return impressions.clone();
  }

  public synchronized long[] bestTitleImpressions() {
    return best.clone();
  }

  public synchronized long[] clicks() {
    return clicks.clone();
  }

  /** Summed true click probability of the variant creatives' impressions, per hour. */
  public synchronized double[] trueCtrSum() {
    return trueCtr.clone();
  }

  public synchronized long totalImpressions() {
    return Arrays.stream(impressions).sum();
  }
}
