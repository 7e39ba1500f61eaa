package io.aimpoint.core.auction;

import io.aimpoint.core.campaign.BidType;

/**
 * Conversions between a bid in its own unit and eCPM (expected micros per thousand impressions).
 *
 * <p>A bid is worth {@code bid x unitsPerMille} per thousand impressions, where unitsPerMille is 1
 * for CPM, {@code 1000 pCtr} for CPC and {@code 1000 pCtr pCvr} for CPA. eCPM rounds down, so a
 * candidate never ranks above what its bid is worth. A price derived from an eCPM rounds up, so the
 * price never falls below what is needed to beat that eCPM; callers cap it at the bid. Bids are at
 * most {@link io.aimpoint.core.campaign.Bid#MAX_AMOUNT_MICROS} (1e9), so {@code bid x 1000} stays
 * far below 2^53 and the double arithmetic is exact enough for micros.
 */
public final class Pricing {
  private Pricing() {}

  /**
   * Billable units per thousand impressions: 1 for CPM, expected clicks (CPC) or conversions (CPA)
   * per thousand impressions.
   */
  public static double unitsPerMille(BidType type, double pCtr, double pCvr) {
    return switch (type) {
      case CPM -> 1.0;
      case CPC -> 1000.0 * pCtr;
      case CPA -> 1000.0 * pCtr * pCvr;
    };
  }

  /** eCPM of a bid in micros, rounded down. */
  public static long ecpmMicros(BidType type, long bidMicros, double pCtr, double pCvr) {
    if (type == BidType.CPM) {
      return bidMicros;
    }
    return (long) Math.floor(bidMicros * unitsPerMille(type, pCtr, pCvr));
  }

  /**
   * The price per billable unit that is worth {@code ecpmMicros}, rounded up; {@link
   * Long#MAX_VALUE} when the unit is worth nothing (pCtr or pCvr of 0), since no price in that unit
   * can reach a positive eCPM.
   */
  public static long unitPriceForEcpm(BidType type, long ecpmMicros, double pCtr, double pCvr) {
    if (type == BidType.CPM) {
      return ecpmMicros;
    }
    if (ecpmMicros <= 0) {
      return 0;
    }
    double units = unitsPerMille(type, pCtr, pCvr);
    if (!(units > 0)) {
      return Long.MAX_VALUE;
    }
    // Math.ceil of a huge double saturates at Long.MAX_VALUE on the cast, which callers cap.
    return (long) Math.ceil(ecpmMicros / units);
  }
}
