package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.CounterStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CounterStore} on a {@link ConcurrentHashMap}; {@code compute} makes {@link #add} atomic. A
 * counter is expired from its {@code expiresAt} on (the expiry instant itself reads 0). Expired
 * entries are dropped when next touched; {@link #deleteByPrefix} counts only live counters.
 */
public final class InMemoryCounterStore implements CounterStore {
  private record Entry(long value, Instant expiresAt) {}

  private final ConcurrentHashMap<String, Entry> counters = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryCounterStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public long add(String key, long delta, Instant expiresAt) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Instant now = clock.instant();
    Entry result =
        counters.compute(
            key,
            (k, old) -> {
              if (old == null || isExpired(old, now)) {
                return new Entry(delta, expiresAt);
              }
              Instant later = old.expiresAt().isAfter(expiresAt) ? old.expiresAt() : expiresAt;
              return new Entry(old.value() + delta, later);
            });
    return result.value();
  }

  @Override
  public long get(String key) {
    Entry entry = counters.get(key);
    if (entry == null) {
      return 0;
    }
    if (isExpired(entry, clock.instant())) {
      counters.remove(key, entry);
      return 0;
    }
    return entry.value();
  }

  @Override
  public Map<String, Long> getAll(Collection<String> keys) {
    Map<String, Long> values = new LinkedHashMap<>();
    for (String key : keys) {
      values.put(key, get(key));
    }
    return values;
  }

  @Override
  public long deleteByPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    Instant now = clock.instant();
    long live = 0;
    for (var it = counters.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().startsWith(prefix)) {
        if (!isExpired(e.getValue(), now)) {
          live++;
        }
        it.remove();
      }
    }
    return live;
  }

  @Override
  public void close() {}

  private static boolean isExpired(Entry entry, Instant now) {
    return !now.isBefore(entry.expiresAt());
  }
}
