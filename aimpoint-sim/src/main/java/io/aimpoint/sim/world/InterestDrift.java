package io.aimpoint.sim.world;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * How users' interests change over simulated days. Day {@code d + 1}'s mix is day {@code d}'s after
 * one {@link InterestMix#drift} step with the user's drift rate, drawn from a generator seeded by
 * (user seed, d); within a day the mix is interpolated linearly between the two, so that the truth
 * changes smoothly and the same instant always gives the same mix.
 */
public final class InterestDrift {
  private static final long DRIFT_STREAM = 0xD81F7L;
  private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

  private final Instant epoch;
  private final double[] popularity;

  /** Drift of interests in {@code taxonomy}, day 0 starting at {@code epoch}. */
  public InterestDrift(Taxonomy taxonomy, Instant epoch) {
    this.epoch = epoch;
    this.popularity = taxonomy.popularity();
  }

  /** The user's mix at the start of day {@code day} (day 0 is the mix they were born with). */
  public InterestMix onDay(SimUser user, int day) {
    if (day < 0) {
      throw new IllegalArgumentException("day must be >= 0; day=" + day);
    }
    InterestMix mix = user.interests();
    for (int d = 0; d < day; d++) {
      SplittableRandom rng = new SplittableRandom(Sampling.seed(user.seed(), DRIFT_STREAM, d));
      mix = mix.drift(user.traits().driftRate(), popularity, rng);
    }
    return mix;
  }

  /** The user's mix at {@code at}; instants before the epoch get day 0's mix. */
  public InterestMix at(SimUser user, Instant at) {
    long seconds = Math.max(0, Duration.between(epoch, at).getSeconds());
    int day = (int) (seconds / SECONDS_PER_DAY);
    double fraction = (seconds % SECONDS_PER_DAY) / (double) SECONDS_PER_DAY;
    InterestMix start = onDay(user, day);
    if (fraction == 0) {
      return start;
    }
    SplittableRandom rng = new SplittableRandom(Sampling.seed(user.seed(), DRIFT_STREAM, day));
    InterestMix end = start.drift(user.traits().driftRate(), popularity, rng);
    return start.interpolate(end, fraction);
  }
}
