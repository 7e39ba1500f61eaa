package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
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
 * Frequency caps on the {@link CounterStore}: impressions of a campaign, or of one creative, per
 * user in a sliding window, approximated by {@value #SUB_BUCKETS} sub-buckets of {@code ceil(window
 * / SUB_BUCKETS)} seconds each.
 *
 * <p>A check sums the current bucket and the {@value #SUB_BUCKETS} before it, which covers at least
 * the whole window (at most one bucket more), so a user never sees more than the cap in any window;
 * the price is that a user may be held back up to one bucket longer than necessary. Each bucket
 * expires once no window can reach it. Keys are {@code u:<userKey>:fc:<campaignId>:<bucketSeconds>:
 * <bucket>} for campaigns and {@code u:<userKey>:fcr:<creativeId>:...} for creatives, so {@code
 * deleteByPrefix("u:" + userKey + ":")} erases a user's counters, and a changed window starts fresh
 * counters instead of misreading old ones.
 *
 * <p>The cap counts tracked impressions, so concurrent decisions for one user may serve a few more
 * ads than the cap before their impressions arrive.
 */
public final class FrequencyCaps {
  /** Sub-buckets per window. */
  public static final int SUB_BUCKETS = 10;

  /** Key part of campaign caps (the original layout, kept so existing counters still count). */
  private static final String CAMPAIGN = "fc:";

  /** Key part of creative caps: its own namespace, so a creative id never meets a campaign id. */
  private static final String CREATIVE = "fcr:";

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
    Map<String, FrequencyCap> caps = new HashMap<>();
    for (Campaign c : campaigns) {
      if (c.frequencyCap() != null) {
        caps.put(c.id(), c.frequencyCap());
      }
    }
    return reached(userKey, CAMPAIGN, caps, at);
  }

  /**
   * Ids of the creatives among {@code creatives} whose own cap the user has reached; one read, none
   * when no creative has a cap.
   */
  public Set<String> cappedCreatives(String userKey, Collection<Creative> creatives, Instant at) {
    Map<String, FrequencyCap> caps = new HashMap<>();
    for (Creative c : creatives) {
      if (c.frequencyCap() != null) {
        caps.put(c.id(), c.frequencyCap());
      }
    }
    return reached(userKey, CREATIVE, caps, at);
  }

  /** Counts one impression of {@code campaignId} for the user at {@code at}. */
  public void recordImpression(String userKey, String campaignId, FrequencyCap cap, Instant at) {
    record(userKey, CAMPAIGN, campaignId, cap, at);
  }

  /** Counts one impression of the creative {@code creativeId} for the user at {@code at}. */
  public void recordCreativeImpression(
      String userKey, String creativeId, FrequencyCap cap, Instant at) {
    record(userKey, CREATIVE, creativeId, cap, at);
  }

  private Set<String> reached(
      String userKey, String kind, Map<String, FrequencyCap> caps, Instant at) {
    if (caps.isEmpty()) {
      return Set.of();
    }
    Map<String, List<String>> keysById = new HashMap<>();
    List<String> allKeys = new ArrayList<>();
    caps.forEach(
        (id, cap) -> {
          List<String> keys = windowKeys(userKey, kind, id, cap, at);
          keysById.put(id, keys);
          allKeys.addAll(keys);
        });
    Map<String, Long> values = counters.getAll(allKeys);
    Set<String> reached = new HashSet<>();
    caps.forEach(
        (id, cap) -> {
          if (sum(values, keysById.get(id)) >= cap.maxImpressions()) {
            reached.add(id);
          }
        });
    return reached;
  }

  private void record(String userKey, String kind, String id, FrequencyCap cap, Instant at) {
    if (cap == null) {
      return;
    }
    long size = bucketSeconds(cap);
    long bucket = Math.floorDiv(at.getEpochSecond(), size);
    Instant expiresAt = Instant.ofEpochSecond((bucket + SUB_BUCKETS + 1) * size);
    counters.add(key(userKey, kind, id, size, bucket), 1, expiresAt);
  }

  private static List<String> windowKeys(
      String userKey, String kind, String id, FrequencyCap cap, Instant at) {
    long size = bucketSeconds(cap);
    long current = Math.floorDiv(at.getEpochSecond(), size);
    List<String> keys = new ArrayList<>(SUB_BUCKETS + 1);
    for (long b = current - SUB_BUCKETS; b <= current; b++) {
      keys.add(key(userKey, kind, id, size, b));
    }
    return keys;
  }

  static long bucketSeconds(FrequencyCap cap) {
    return Math.max(1, Math.ceilDiv(cap.windowSeconds(), SUB_BUCKETS));
  }

  private static String key(String userKey, String kind, String id, long size, long bucket) {
    return userPrefix(userKey) + kind + id + ":" + size + ":" + bucket;
  }

  private static long sum(Map<String, Long> values, List<String> keys) {
    long total = 0;
    for (String k : keys) {
      total += values.getOrDefault(k, 0L);
    }
    return total;
  }
}
