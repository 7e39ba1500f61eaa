package io.aimpoint.engine.decision;

import io.aimpoint.core.pacing.PidGains;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of delivery control: exploration, budget reservations, pacing, and the optional parts of
 * the standard pipeline (learned reserve, fatigue-aware ranking), which are off by default so that
 * the baseline stays the baseline; docs/delivery.md says what each does. Category exclusivity is a
 * per-response option of the placement or the request, not an engine setting.
 *
 * @param explorationEpsilon share of slots that explore (default 0.05); 0 turns exploration off
 * @param explorationTopK how many of the best candidates an exploring slot draws from (default 3)
 * @param reservationTtl how long a decision's budget reservation holds before the sweep releases it
 *     (default 15 minutes; capped by the tracking token TTL)
 * @param pacing the pacing controller's gains and limits (default {@link PidGains#DEFAULTS})
 * @param seed seeds the exploration and pacing throttle generators, for reproducible runs
 * @param learnedReserve whether each placement's reserve is learned from its auctions ({@link
 *     LearnedReservePrices}, never below the placement's floor) instead of the floor alone (default
 *     off)
 * @param fatigueAware whether the historical ranker's pCTR is scaled by the learned exposure
 *     fatigue multiplier ({@link FatigueAwareRanker}; default off)
 */
public record DeliveryOptions(
    double explorationEpsilon,
    int explorationTopK,
    Duration reservationTtl,
    PidGains pacing,
    long seed,
    boolean learnedReserve,
    boolean fatigueAware) {

  public static final DeliveryOptions DEFAULTS =
      new DeliveryOptions(0.05, 3, Duration.ofMinutes(15), PidGains.DEFAULTS, 0x5eed);

  /** Options with the optional pipeline parts off. */
  public DeliveryOptions(
      double explorationEpsilon,
      int explorationTopK,
      Duration reservationTtl,
      PidGains pacing,
      long seed) {
    this(explorationEpsilon, explorationTopK, reservationTtl, pacing, seed, false, false);
  }

  public DeliveryOptions {
    if (!(explorationEpsilon >= 0 && explorationEpsilon <= 1)) {
      throw new IllegalArgumentException(
          "explorationEpsilon must be in [0, 1]; explorationEpsilon=" + explorationEpsilon);
    }
    if (explorationTopK < 1) {
      throw new IllegalArgumentException(
          "explorationTopK must be >= 1; explorationTopK=" + explorationTopK);
    }
    if (reservationTtl == null || reservationTtl.isNegative() || reservationTtl.isZero()) {
      throw new IllegalArgumentException(
          "reservationTtl must be positive; reservationTtl=" + reservationTtl);
    }
    Objects.requireNonNull(pacing, "pacing");
  }

  public DeliveryOptions withExplorationEpsilon(double epsilon) {
    return new DeliveryOptions(
        epsilon, explorationTopK, reservationTtl, pacing, seed, learnedReserve, fatigueAware);
  }

  public DeliveryOptions withSeed(long newSeed) {
    return new DeliveryOptions(
        explorationEpsilon,
        explorationTopK,
        reservationTtl,
        pacing,
        newSeed,
        learnedReserve,
        fatigueAware);
  }

  public DeliveryOptions withPacing(PidGains gains) {
    return new DeliveryOptions(
        explorationEpsilon,
        explorationTopK,
        reservationTtl,
        gains,
        seed,
        learnedReserve,
        fatigueAware);
  }

  public DeliveryOptions withLearnedReserve(boolean on) {
    return new DeliveryOptions(
        explorationEpsilon, explorationTopK, reservationTtl, pacing, seed, on, fatigueAware);
  }

  public DeliveryOptions withFatigueAware(boolean on) {
    return new DeliveryOptions(
        explorationEpsilon, explorationTopK, reservationTtl, pacing, seed, learnedReserve, on);
  }
}
