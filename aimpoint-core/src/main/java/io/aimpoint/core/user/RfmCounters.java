package io.aimpoint.core.user;

import java.time.Instant;
import java.util.Map;

/**
 * Recency, frequency and monetary counters: when the user was last seen, how many behaviour events
 * of each wire type they had, and how many purchases for how much (micros, never decayed).
 */
public record RfmCounters(
    Instant lastEventAt, Map<String, Long> countsByType, long purchaseCount, long purchaseMicros) {
  public static final RfmCounters NONE = new RfmCounters(null, Map.of(), 0, 0);

  public RfmCounters {
    countsByType = countsByType == null ? Map.of() : Map.copyOf(countsByType);
  }
}
