package io.aimpoint.sim.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulator's own count of each user's impressions per campaign over the last 24 hours: the
 * {@code recentExposures} of the click model's fatigue term. Kept apart from the engine's frequency
 * counters, which are the engine's business and may be approximate.
 */
public final class Exposures {
  /** The fatigue window of the click model. */
  public static final Duration WINDOW = Duration.ofHours(24);

  private final Map<String, ArrayDeque<Instant>> seen = new HashMap<>();

  /** Impressions of {@code campaignId} to {@code userId} in {@code (at - 24h, at]}. */
  public int count(String userId, String campaignId, Instant at) {
    ArrayDeque<Instant> times = seen.get(key(userId, campaignId));
    if (times == null) {
      return 0;
    }
    prune(times, at);
    return times.size();
  }

  /** Counts one impression; impressions must be recorded in time order. */
  public void record(String userId, String campaignId, Instant at) {
    ArrayDeque<Instant> times =
        seen.computeIfAbsent(key(userId, campaignId), k -> new ArrayDeque<>());
    prune(times, at);
    times.addLast(at);
  }

  private static void prune(ArrayDeque<Instant> times, Instant at) {
    Instant cutoff = at.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }

  private static String key(String userId, String campaignId) {
    return userId + '\u0000' + campaignId;
  }
}
