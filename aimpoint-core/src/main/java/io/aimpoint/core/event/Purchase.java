package io.aimpoint.core.event;

import java.time.Instant;

public record Purchase(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String item,
    String category,
    long amountMicros)
    implements Event {}
