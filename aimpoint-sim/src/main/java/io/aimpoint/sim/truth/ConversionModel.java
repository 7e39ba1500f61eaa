package io.aimpoint.sim.truth;

import io.aimpoint.sim.world.Category;
import io.aimpoint.sim.world.InterestDrift;
import io.aimpoint.sim.world.Sampling;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.Taxonomy;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The ground-truth probability that a click converts (a purchase or sign-up on the landing page):
 *
 * <pre>
 *   p(conversion | click) = sigmoid(BIAS
 *       + AFFINITY * affinity(user interests at click time, creative category)
 *       + PROPENSITY * (logit(purchasePropensity) - logit(REFERENCE_PROPENSITY))
 *       + conversionBias(category)
 *       + QUALITY * ln(creative quality))
 * </pre>
 *
 * Bots never convert. The constants put the CVR of an average click near 5% and of a click by an
 * interested, buying-prone user above 10%. See docs/simulator.md.
 */
public final class ConversionModel {
  public static final double BIAS = -3.8;
  public static final double AFFINITY = 1.3;
  public static final double PROPENSITY = 0.6;
  public static final double REFERENCE_PROPENSITY = 0.08;
  public static final double QUALITY = 0.5;

  /** Median delay from click to conversion. */
  public static final Duration MEDIAN_DELAY = Duration.ofMinutes(20);

  /** Conversions later than this after the click do not happen. */
  public static final Duration MAX_DELAY = Duration.ofDays(7);

  private final Taxonomy taxonomy;
  private final InterestDrift drift;

  public ConversionModel(Taxonomy taxonomy, InterestDrift drift) {
    this.taxonomy = taxonomy;
    this.drift = drift;
  }

  /**
   * The true probability that {@code user}'s click on {@code creative} at {@code clickAt} converts.
   */
  public double probability(SimUser user, SimCreative creative, Instant clickAt) {
    if (user.isBot()) {
      return 0;
    }
    Category category = taxonomy.category(creative.category());
    double affinity = drift.at(user, clickAt).affinity(category.index(), taxonomy);
    double z =
        BIAS
            + AFFINITY * affinity
            + PROPENSITY
                * (Sampling.logit(user.traits().purchasePropensity())
                    - Sampling.logit(REFERENCE_PROPENSITY))
            + category.traits().conversionBias()
            + QUALITY * Math.log(creative.quality());
    return Sampling.sigmoid(z);
  }

  /** How long after the click a conversion happens: log-normal, median 20 min, at most 7 days. */
  public static Duration sampleDelay(RandomGenerator rng) {
    double seconds = Sampling.logNormal(rng, Math.log(MEDIAN_DELAY.toSeconds()), 1.2);
    return Duration.ofSeconds(Math.min(MAX_DELAY.toSeconds(), Math.round(seconds)));
  }

  /** The order value of a conversion in {@code category}: log-normal around its typical price. */
  public long sampleValueMicros(String category, RandomGenerator rng) {
    long typical = taxonomy.category(category).traits().typicalPriceMicros();
    return Math.max(1_000_000L, Math.round(typical * Sampling.logNormal(rng, 0, 0.5)));
  }
}
