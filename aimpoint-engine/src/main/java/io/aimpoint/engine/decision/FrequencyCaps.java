package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.FrequencyCap;
import io.aimpoint.core.store.CounterStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Frequency caps on the {@link CounterStore}: impressions of a campaign per user in a sliding
 * window, approximated by {@value #SUB_BUCKETS} sub-buckets of {@code ceil(window / SUB_BUCKETS)}
 * seconds each.
 *
 * <p>A check sums the current bucket and the {@value #SUB_BUCKETS} before it, which covers at least
 * the whole window (at most one bucket more), so a user never sees more than the cap in any window;
 * the price is that a user may be held back up to one bucket longer than necessary. Each bucket
 * expires once no window can reach it. Keys are {@code u:<userKey>:fc:<campaignId>:<bucketSeconds>:
 * <bucket>}, so {@code deleteByPrefix("u:" + userKey + ":")} erases a user's counters, and a
 * changed window starts fresh counters instead of misreading old ones.
 *
 * <p>The cap counts tracked impressions, so concurrent decisions for one user may serve a few more
 * ads than the cap before their impressions arrive.
 */
public final class FrequencyCaps {
  /** Sub-buckets per window. */
  public static final int SUB_BUCKETS = 10;

  private final CounterStore counters;

  public FrequencyCaps(CounterStore counters) {
    this.counters = Objects.requireNonNull(counters, "counters");
  }

  /** The prefix of every counter key of one user. */
  public static String userPrefix(String userKey) {
    return "u:" + userKey + ":";
  }

  /** Ids of the campaigns among {@code campaigns} whose cap the user has reached; one read. */
  public Set<String> capped(String userKey, Collection<Campaign> campaigns, Instant at) {
    Map<String, List<String>> keysByCampaign = new HashMap<>();
    List<String> allKeys = new ArrayList<>();
    for (Campaign c : campaigns) {
      FrequencyCap cap = c.frequencyCap();
      if (cap == null || keysByCampaign.containsKey(c.id())) {
        continue;
      }
      List<String> keys = windowKeys(userKey, c.id(), cap, at);
      keysByCampaign.put(c.id(), keys);
      allKeys.addAll(keys);
    }
    if (allKeys.isEmpty()) {
      return Set.of();
    }
    Map<String, Long> values = counters.getAll(allKeys);
    Set<String> capped = new HashSet<>();
    for (Campaign c : campaigns) {
      List<String> keys = keysByCampaign.get(c.id());
      if (keys != null && sum(values, keys) >= c.frequencyCap().maxImpressions()) {
        capped.add(c.id());
      }
    }
    return capped;
  }

  /** Counts one impression of {@code campaignId} for the user at {@code at}. */
  public void recordImpression(String userKey, String campaignId, FrequencyCap cap, Instant at) {
    if (cap == null) {
      return;
    }
    long size = bucketSeconds(cap);
    long bucket = Math.floorDiv(at.getEpochSecond(), size);
    Instant expiresAt = Instant.ofEpochSecond((bucket + SUB_BUCKETS + 1) * size);
    counters.add(key(userKey, campaignId, size, bucket), 1, expiresAt);
  }

  private static List<String> windowKeys(
      String userKey, String campaignId, FrequencyCap cap, Instant at) {
    long size = bucketSeconds(cap);
    long current = Math.floorDiv(at.getEpochSecond(), size);
    List<String> keys = new ArrayList<>(SUB_BUCKETS + 1);
    for (long b = current - SUB_BUCKETS; b <= current; b++) {
      keys.add(key(userKey, campaignId, size, b));
    }
    return keys;
  }

  static long bucketSeconds(FrequencyCap cap) {
    return Math.max(1, Math.ceilDiv(cap.windowSeconds(), SUB_BUCKETS));
  }

  private static String key(String userKey, String campaignId, long size, long bucket) {
    return userPrefix(userKey) + "fc:" + campaignId + ":" + size + ":" + bucket;
  }

  private static long sum(Map<String, Long> values, List<String> keys) {
    long total = 0;
    for (String k : keys) {
      total += values.getOrDefault(k, 0L);
    }
    return total;
  }
}
