package io.aimpoint.core.event;

import java.time.Instant;

public record Search(
    String eventId, String userKey, Instant occurredAt, Consent consent, String query)
    implements Event {}
