package io.aimpoint.engine.creative;

import java.time.Duration;
import java.util.Objects;

/**
 * How dynamic creatives are assembled.
 *
 * @param policy how combinations are chosen
 * @param priorNeighbours k, the number of similar creatives a cold-start prior is drawn from
 * @param maxPriorStrength the most impressions a cold-start prior is worth
 * @param minNeighbourImpressions impressions a creative needs before it informs others' priors
 * @param refresh how long cached counts and priors are trusted before being read again
 * @param seed the seed of the sampler's random source
 * @param propensityDraws Beta draws spent estimating a Thompson choice's probability (see {@link
 *     ThompsonSampler}); more draws, less noise in the logged propensity, more time per decision
 */
public record CreativeOptions(
    VariantPolicy policy,
    int priorNeighbours,
    double maxPriorStrength,
    long minNeighbourImpressions,
    Duration refresh,
    long seed,
    int propensityDraws) {

  /**
   * Thompson sampling, k = 5, priors worth at most 20 impressions, 1-minute refresh, {@link
   * ThompsonSampler#DEFAULT_DRAW_BUDGET} draws per propensity.
   */
  public static final CreativeOptions DEFAULTS =
      new CreativeOptions(
          VariantPolicy.THOMPSON,
          5,
          20,
          100,
          Duration.ofMinutes(1),
          17,
          ThompsonSampler.DEFAULT_DRAW_BUDGET);

  public CreativeOptions {
    Objects.requireNonNull(policy, "policy");
    if (priorNeighbours < 1 || !(maxPriorStrength > 0) || minNeighbourImpressions < 1) {
      throw new IllegalArgumentException(
          "need priorNeighbours >= 1, maxPriorStrength > 0, minNeighbourImpressions >= 1;"
              + " priorNeighbours="
              + priorNeighbours
              + ", maxPriorStrength="
              + maxPriorStrength
              + ", minNeighbourImpressions="
              + minNeighbourImpressions);
    }
    if (refresh == null || refresh.isNegative()) {
      throw new IllegalArgumentException("refresh must be >= 0; refresh=" + refresh);
    }
    if (propensityDraws < 1) {
      throw new IllegalArgumentException(
          "propensityDraws must be positive; propensityDraws=" + propensityDraws);
    }
  }

  public CreativeOptions withPolicy(VariantPolicy newPolicy) {
    return new CreativeOptions(
        newPolicy,
        priorNeighbours,
        maxPriorStrength,
        minNeighbourImpressions,
        refresh,
        seed,
        propensityDraws);
  }

  public CreativeOptions withSeed(long newSeed) {
    return new CreativeOptions(
        policy,
        priorNeighbours,
        maxPriorStrength,
        minNeighbourImpressions,
        refresh,
        newSeed,
        propensityDraws);
  }

  public CreativeOptions withPropensityDraws(int newDraws) {
    return new CreativeOptions(
        policy,
        priorNeighbours,
        maxPriorStrength,
        minNeighbourImpressions,
        refresh,
        seed,
        newDraws);
  }
}
