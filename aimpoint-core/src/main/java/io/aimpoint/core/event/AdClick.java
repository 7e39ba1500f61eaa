package io.aimpoint.core.event;

import java.time.Instant;

/** A tracked click of a served ad; {@code eventId} is derived from decision and slot. */
public record AdClick(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String decisionId,
    ServedAd ad,
    long chargedMicros)
    implements Event {}
