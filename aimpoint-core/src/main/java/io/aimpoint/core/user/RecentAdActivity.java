package io.aimpoint.core.user;

import java.time.Duration;
import java.time.Instant;

/**
 * A user's ad impressions and clicks of the last minutes: counts that decay exponentially with a
 * half-life of {@link #HALF_LIFE}, stored as of {@code at}. Lifetime counts cannot show a burst of
 * clicks — a sign of invalid traffic, and the strongest predictor of the next click while it lasts
 * — these do, in two numbers per user.
 *
 * @param impressions decayed impressions as of {@code at}
 * @param clicks decayed clicks as of {@code at}
 * @param at the instant the counts are valid at; null when there was no activity
 */
public record RecentAdActivity(double impressions, double clicks, Instant at) {
  public static final Duration HALF_LIFE = Duration.ofMinutes(10);
  public static final RecentAdActivity NONE = new RecentAdActivity(0, 0, null);

  public RecentAdActivity {
    if (!(impressions >= 0) || !(clicks >= 0)) {
      throw new IllegalArgumentException(
          "counts must be non-negative; impressions=" + impressions + ", clicks=" + clicks);
    }
  }

  /** The counts decayed to {@code t}; unchanged for a {@code t} before {@code at}. */
  public RecentAdActivity asOf(Instant t) {
    if (at == null || !t.isAfter(at)) {
      return this;
    }
    double f = factor(Duration.between(at, t));
    return new RecentAdActivity(impressions * f, clicks * f, t);
  }

  /**
   * After {@code moreImpressions} impressions and {@code moreClicks} clicks at {@code t}. An event
   * older than {@code at} (delivered late) counts as decayed to {@code at}, so the result does not
   * depend on the order events arrive in.
   */
  public RecentAdActivity plus(long moreImpressions, long moreClicks, Instant t) {
    if (at == null || !t.isBefore(at)) {
      RecentAdActivity now = asOf(t);
      return new RecentAdActivity(now.impressions + moreImpressions, now.clicks + moreClicks, t);
    }
    double f = factor(Duration.between(t, at));
    return new RecentAdActivity(impressions + f * moreImpressions, clicks + f * moreClicks, at);
  }

  private static double factor(Duration elapsed) {
    return Math.pow(0.5, elapsed.toMillis() / (double) HALF_LIFE.toMillis());
  }
}
