package io.aimpoint.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Named counters with expiry, for frequency caps, pacing state and rate limits. A counter past its
 * expiry reads as 0 and starts again from 0. {@link #add} is atomic. Counters are durable, except
 * that an implementation may lose the last second of increments in a crash; they are not money (see
 * {@link Ledger}).
 */
public interface CounterStore extends AutoCloseable {
  /**
   * Adds {@code delta} and returns the new value. Sets the expiry to {@code expiresAt} (the later
   * of the old and new expiry wins).
   */
  long add(String key, long delta, Instant expiresAt);

  long get(String key);

  /** Values for each key (0 for missing or expired ones). */
  Map<String, Long> getAll(Collection<String> keys);

  /** Removes every counter whose key starts with {@code prefix}; returns how many. */
  long deleteByPrefix(String prefix);

  @Override
  void close();
}
