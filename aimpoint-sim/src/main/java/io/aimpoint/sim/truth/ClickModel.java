package io.aimpoint.sim.truth;

import io.aimpoint.sim.world.InterestDrift;
import io.aimpoint.sim.world.InterestMix;
import io.aimpoint.sim.world.Sampling;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.Taxonomy;
import java.time.ZoneId;

/**
 * The ground-truth probability that a user clicks an ad. For humans it is a position-based
 * examination model (Craswell et al. 2008; Richardson et al. 2007):
 *
 * <pre>
 *   p(click) = examine(position) * sigmoid(z)
 *   examine(k) = (1 + k)^-POSITION_DECAY
 *   z = BIAS
 *     + AFFINITY * affinity(user interests at t, creative category)
 *     + (search ? SEARCH_CONTEXT : PAGE_CONTEXT) * relatedness(page category, creative category)
 *     + ln(creative quality)
 *     + HOUR_AMPLITUDE * cos(2 pi (localHour - PEAK_HOUR) / 24)
 *     - FATIGUE * fatigueSensitivity * ln(1 + exposures to the campaign in the last 24 h)
 *     - (user cannot read the creative's language ? LANGUAGE_MISMATCH : 0)
 * </pre>
 *
 * Bots ignore all of that: they click with their {@link io.aimpoint.sim.world.BotProfile}'s base or
 * burst probability. The constants put the CTR of a random ad to a random human near 1% and of a
 * well-matched ad in the top slot near 5-10%. See docs/simulator.md.
 */
public final class ClickModel {
  public static final double BIAS = -5.0;
  public static final double AFFINITY = 2.4;
  public static final double PAGE_CONTEXT = 0.7;
  public static final double SEARCH_CONTEXT = 1.2;
  public static final double HOUR_AMPLITUDE = 0.2;
  public static final int PEAK_HOUR = 21;
  public static final double FATIGUE = 0.5;
  public static final double LANGUAGE_MISMATCH = 2.5;
  public static final double POSITION_DECAY = 0.8;

  private final Taxonomy taxonomy;
  private final InterestDrift drift;

  /** The click model of a world with {@code taxonomy} whose interests drift by {@code drift}. */
  public ClickModel(Taxonomy taxonomy, InterestDrift drift) {
    this.taxonomy = taxonomy;
    this.drift = drift;
  }

  /** The true probability that {@code user} clicks {@code creative} shown in {@code context}. */
  public double probability(SimUser user, SimCreative creative, ClickContext context) {
    if (user.isBot()) {
      return user.bot().clickProbability(user.seed(), context.at());
    }
    return examination(context.position()) * Sampling.sigmoid(logit(user, creative, context));
  }

  /** The probability that an ad in 0-based {@code position} is looked at at all. */
  public static double examination(int position) {
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0; position=" + position);
    }
    return Math.pow(1 + position, -POSITION_DECAY);
  }

  /** The logit z of a human's click given that the ad was examined. */
  public double logit(SimUser user, SimCreative creative, ClickContext context) {
    int category = taxonomy.category(creative.category()).index();
    InterestMix interests = drift.at(user, context.at());
    double z = BIAS + AFFINITY * interests.affinity(category, taxonomy);
    z += contextMatch(category, context);
    z += Math.log(creative.quality());
    z += HOUR_AMPLITUDE * Math.cos(2 * Math.PI * (localHour(user, context) - PEAK_HOUR) / 24.0);
    z -= FATIGUE * user.traits().fatigueSensitivity() * Math.log1p(context.recentExposures());
    if (!user.origin().reads(creative.language())) {
      z -= LANGUAGE_MISMATCH;
    }
    return z;
  }

  private double contextMatch(int creativeCategory, ClickContext context) {
    if (context.pageCategory() == null) {
      return 0;
    }
    int page = taxonomy.category(context.pageCategory()).index();
    double weight = context.search() ? SEARCH_CONTEXT : PAGE_CONTEXT;
    return weight * taxonomy.relatedness(page, creativeCategory);
  }

  private static int localHour(SimUser user, ClickContext context) {
    return context.at().atZone(ZoneId.of(user.origin().zoneId())).getHour();
  }
}
