package io.aimpoint.core.event;

import java.time.Instant;

/** A like, share, comment or follow on a category or an item. */
public record Social(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String action,
    String category,
    String item)
    implements Event {}
