package io.aimpoint.core.event;

import java.time.Instant;

/**
 * Something that happened to a user, as accepted into the {@link io.aimpoint.core.store.EventLog}.
 * {@code userKey} is the pseudonymized user id (a keyed hash), never the raw id. {@code eventId} is
 * unique across the log: clients choose it for behaviour events (retries are idempotent); the
 * engine derives it for tracking events and decisions.
 */
public sealed interface Event
    permits PageView,
        Search,
        Purchase,
        Social,
        AppEvent,
        DecisionMade,
        AdImpression,
        AdClick,
        Conversion {

  String eventId();

  String userKey();

  Instant occurredAt();

  Consent consent();

  /** The wire name of this event's type, e.g. {@code page_view}. */
  default String type() {
    return EventType.of(this).wireName();
  }
}
