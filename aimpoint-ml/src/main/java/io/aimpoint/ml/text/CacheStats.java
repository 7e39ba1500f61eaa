package io.aimpoint.ml.text;

/**
 * Counters of a {@link CachingEmbedder}.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that ran the model
 * @param size entries held now
 * @param capacity the most entries the cache holds
 */
public record CacheStats(long hits, long misses, int size, int capacity) {

  /** Hits over lookups; 0 before the first lookup. */
  public double hitRate() {
    long lookups = hits + misses;
    return lookups == 0 ? 0 : (double) hits / lookups;
  }
}
