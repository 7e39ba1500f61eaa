package io.aimpoint.core.event;

import java.time.Instant;

public record PageView(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String url,
    String title,
    String text,
    String category)
    implements Event {}
