package io.aimpoint.engine.creative;

import io.aimpoint.core.campaign.VariantCombination;
import io.aimpoint.core.event.ServedVariant;
import io.aimpoint.core.store.CounterStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Impressions and clicks per (creative, combination, segment): what the Thompson sampler learns
 * from.
 *
 * <p>Durable in the {@link CounterStore} (keys {@code cv:<creativeId>:<segment>:<combinationId>:i}
 * and {@code :c}), written before the tracking call returns, so a restart forgets nothing that was
 * acknowledged (within the counter store's own guarantee). Read through an in-memory cache per
 * (creative, segment), loaded with one batched read and updated at once by this instance's records;
 * an entry is read again from the store when older than {@code refresh}, which folds in other
 * instances' counts and repairs the rare count lost to a record racing a load.
 */
public final class VariantStatistics {
  /** Counters live this long after their last increment (renewed by every increment). */
  static final Duration RETENTION = Duration.ofDays(400);

  /**
   * Cached (creative, segment) entries beyond which the cache starts over: segments include the
   * request's placement id, which callers choose, so the cache must not grow without bound. The
   * counts stay in the store.
   */
  static final int MAX_CACHED = 100_000;

  private final CounterStore counters;
  private final Clock clock;
  private final Duration refresh;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  private record Entry(Instant loadedAt, Map<String, Long> counts) {}

  /** Impressions and clicks per combination, in the order asked for. */
  public record ArmCounts(long[] impressions, long[] clicks) {}

  public VariantStatistics(CounterStore counters, Clock clock, Duration refresh) {
    if (refresh == null || refresh.isNegative()) {
      throw new IllegalArgumentException("refresh must be >= 0; refresh=" + refresh);
    }
    this.counters = Objects.requireNonNull(counters, "counters");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refresh = refresh;
  }

  /** The counts of {@code combinations} of {@code creativeId} in {@code segment}. */
  public ArmCounts counts(
      String creativeId, String segment, List<VariantCombination> combinations) {
    Instant now = clock.instant();
    String entryKey = entryKey(creativeId, segment);
    Entry entry = cache.get(entryKey);
    if (entry == null
        || now.isAfter(entry.loadedAt().plus(refresh))
        || !entry
            .counts()
            .containsKey(key(creativeId, segment, combinations.getLast().id(), 'i'))) {
      entry = load(creativeId, segment, combinations, now);
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(entryKey, entry);
    }
    long[] impressions = new long[combinations.size()];
    long[] clicks = new long[combinations.size()];
    for (int i = 0; i < combinations.size(); i++) {
      String id = combinations.get(i).id();
      impressions[i] = entry.counts().getOrDefault(key(creativeId, segment, id, 'i'), 0L);
      clicks[i] = entry.counts().getOrDefault(key(creativeId, segment, id, 'c'), 0L);
    }
    return new ArmCounts(impressions, clicks);
  }

  /** Counts the first impression of an ad that served {@code variant} of {@code creativeId}. */
  public void recordImpression(String creativeId, ServedVariant variant) {
    record(creativeId, variant, 'i');
  }

  /** Counts the first click of an ad that served {@code variant} of {@code creativeId}. */
  public void recordClick(String creativeId, ServedVariant variant) {
    record(creativeId, variant, 'c');
  }

  private void record(String creativeId, ServedVariant variant, char kind) {
    String key = key(creativeId, variant.segment(), variant.combinationId(), kind);
    counters.add(key, 1, clock.instant().plus(RETENTION));
    Entry entry = cache.get(entryKey(creativeId, variant.segment()));
    if (entry != null) {
      entry.counts().merge(key, 1L, Long::sum);
    }
  }

  private Entry load(
      String creativeId, String segment, List<VariantCombination> combinations, Instant now) {
    List<String> keys = new ArrayList<>(2 * combinations.size());
    for (VariantCombination c : combinations) {
      keys.add(key(creativeId, segment, c.id(), 'i'));
      keys.add(key(creativeId, segment, c.id(), 'c'));
    }
    Map<String, Long> counts = new ConcurrentHashMap<>(counters.getAll(keys));
    for (String k : keys) {
      counts.putIfAbsent(k, 0L);
    }
    return new Entry(now, counts);
  }

  private static String entryKey(String creativeId, String segment) {
    return creativeId + '\u0000' + segment;
  }

  static String key(String creativeId, String segment, String combinationId, char kind) {
    return "cv:" + creativeId + ':' + segment + ':' + combinationId + ':' + kind;
  }
}
