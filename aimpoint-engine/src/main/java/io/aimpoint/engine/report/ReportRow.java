package io.aimpoint.engine.report;

import io.aimpoint.core.ledger.DeliveryStats;
import java.time.Instant;

/**
 * Delivery of one time bucket (or of the whole range, for totals). {@code ctr} is clicks per
 * impression, {@code cvr} conversions per click (0 when the denominator is 0); {@code ecpmMicros}
 * is spend per thousand impressions, rounded down.
 */
public record ReportRow(
    Instant bucketStart,
    long impressions,
    long clicks,
    long conversions,
    long spendMicros,
    double ctr,
    double cvr,
    long ecpmMicros) {

  static ReportRow of(Instant bucketStart, long imps, long clicks, long convs, long spend) {
    return new ReportRow(
        bucketStart,
        imps,
        clicks,
        convs,
        spend,
        ratio(clicks, imps),
        ratio(convs, clicks),
        ecpm(spend, imps));
  }

  static ReportRow of(DeliveryStats s) {
    return of(s.bucketStart(), s.impressions(), s.clicks(), s.conversions(), s.spendMicros());
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }

  /**
   * {@code spend * 1000 / impressions} rounded down, computed without the overflow of {@code spend
   * * 1000}; saturates at {@code Long.MAX_VALUE}.
   */
  static long ecpm(long spendMicros, long impressions) {
    if (impressions == 0) {
      return 0;
    }
    long whole = spendMicros / impressions;
    if (whole >= Long.MAX_VALUE / 1000) {
      return Long.MAX_VALUE;
    }
    long rest = spendMicros % impressions;
    long fraction =
        rest <= Long.MAX_VALUE / 1000
            ? rest * 1000 / impressions
            : (long) ((double) rest / impressions * 1000);
    return whole * 1000 + fraction;
  }
}
