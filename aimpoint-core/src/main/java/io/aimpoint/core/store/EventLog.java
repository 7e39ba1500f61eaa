package io.aimpoint.core.store;

import io.aimpoint.core.event.Event;
import java.util.List;
import java.util.Optional;

/**
 * The append-only record of every accepted behaviour event, decision and tracking event. Consumers
 * (profiles, counters, learners) read it in order from an offset they keep.
 *
 * <p>Contract: {@link #append} is idempotent by {@link Event#eventId()} and durable when it returns
 * (a crash of the process afterwards loses nothing); outcomes are returned in input order. {@link
 * #deleteUser} removes every event of a user (right to erasure); offsets of other events do not
 * change.
 */
public interface EventLog extends AutoCloseable {
  List<AppendOutcome> append(List<? extends Event> events);

  /** Up to {@code max} events with offset &ge; {@code fromOffset}, in offset order. */
  List<LoggedEvent> read(long fromOffset, int max);

  /** The user's most recent events, newest first, at most {@code max}. */
  List<Event> readUser(String userKey, int max);

  Optional<Event> find(String eventId);

  /** Removes all events of the user; returns how many were removed. */
  long deleteUser(String userKey);

  /** The offset the next appended event will get. */
  long endOffset();

  @Override
  void close();
}
