package io.aimpoint.core.event;

import java.time.Instant;

/** An app install or open. */
public record AppEvent(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String action,
    String appId)
    implements Event {}
