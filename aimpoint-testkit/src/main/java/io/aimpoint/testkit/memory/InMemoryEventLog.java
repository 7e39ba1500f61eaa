package io.aimpoint.testkit.memory;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.LoggedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link EventLog} in memory under one lock. "Newest" in {@link #readUser} means the latest {@code
 * occurredAt}, ties broken by the later offset.
 */
public final class InMemoryEventLog implements EventLog {
  private record UserEntry(Instant occurredAt, long offset) {}

  private static final Comparator<UserEntry> NEWEST_FIRST =
      Comparator.comparing(UserEntry::occurredAt).thenComparingLong(UserEntry::offset).reversed();

  private final TreeMap<Long, Event> byOffset = new TreeMap<>();
  private final Map<String, Long> offsetById = new HashMap<>();
  private final Map<String, TreeSet<UserEntry>> byUser = new HashMap<>();
  private long nextOffset;

  @Override
  public synchronized List<AppendOutcome> append(List<? extends Event> events) {
    List<AppendOutcome> outcomes = new ArrayList<>(events.size());
    Set<String> seen = new HashSet<>();
    for (Event event : events) {
      requireValid(event);
      if (offsetById.containsKey(event.eventId()) || !seen.add(event.eventId())) {
        outcomes.add(AppendOutcome.DUPLICATE);
        continue;
      }
      long offset = nextOffset++;
      byOffset.put(offset, event);
      offsetById.put(event.eventId(), offset);
      byUser
          .computeIfAbsent(event.userKey(), k -> new TreeSet<>(NEWEST_FIRST))
          .add(new UserEntry(event.occurredAt(), offset));
      outcomes.add(AppendOutcome.APPENDED);
    }
    return outcomes;
  }

  @Override
  public synchronized List<LoggedEvent> read(long fromOffset, int max) {
    requirePositive(max);
    List<LoggedEvent> out = new ArrayList<>(Math.min(max, 1024));
    for (var e : byOffset.tailMap(Math.max(0, fromOffset), true).entrySet()) {
      if (out.size() == max) {
        break;
      }
      out.add(new LoggedEvent(e.getKey(), e.getValue()));
    }
    return out;
  }

  @Override
  public synchronized List<Event> readUser(String userKey, int max) {
    requirePositive(max);
    TreeSet<UserEntry> entries = byUser.get(userKey);
    if (entries == null) {
      return List.of();
    }
    return entries.stream().limit(max).map(e -> byOffset.get(e.offset())).toList();
  }

  @Override
  public synchronized Optional<Event> find(String eventId) {
    Long offset = offsetById.get(eventId);
    return offset == null ? Optional.empty() : Optional.of(byOffset.get(offset));
  }

  @Override
  public synchronized long deleteUser(String userKey) {
    TreeSet<UserEntry> entries = byUser.remove(userKey);
    if (entries == null) {
      return 0;
    }
    for (UserEntry entry : entries) {
      Event removed = byOffset.remove(entry.offset());
      offsetById.remove(removed.eventId());
    }
    return entries.size();
  }

  @Override
  public synchronized long endOffset() {
    return nextOffset;
  }

  @Override
  public void close() {}

  static void requireValid(Event event) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(event.eventId(), "eventId");
    Objects.requireNonNull(event.userKey(), "userKey");
    Objects.requireNonNull(event.occurredAt(), "occurredAt");
  }

  private static void requirePositive(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive; max=" + max);
    }
  }
}
