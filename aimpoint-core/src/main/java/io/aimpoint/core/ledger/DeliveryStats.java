package io.aimpoint.core.ledger;

import java.time.Instant;

/**
 * Counts and spend of one campaign in one time bucket {@code [bucketStart, bucketStart +
 * granularity)} (UTC).
 */
public record DeliveryStats(
    Instant bucketStart, long impressions, long clicks, long conversions, long spendMicros) {}
