package io.aimpoint.core.event;

import java.time.Instant;

/**
 * An advertiser-reported conversion, attributed to the click that led to it ({@code decisionId},
 * {@code ad}) when one was found; {@code eventId} is derived from advertiser and order id.
 */
public record Conversion(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String advertiserId,
    String orderId,
    long valueMicros,
    String decisionId,
    ServedAd ad,
    long chargedMicros)
    implements Event {}
