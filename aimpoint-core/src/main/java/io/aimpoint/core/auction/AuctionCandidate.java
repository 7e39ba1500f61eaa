package io.aimpoint.core.auction;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import java.util.Objects;

/**
 * One scored (campaign, creative) pair entering an auction. {@code ecpmMicros} is derived from the
 * bid and the predicted rates with {@link Pricing#ecpmMicros}.
 */
public record AuctionCandidate(
    String advertiserId,
    String campaignId,
    String creativeId,
    BidType bidType,
    long bidMicros,
    double pCtr,
    double pCvr,
    long ecpmMicros) {

  public AuctionCandidate {
    Objects.requireNonNull(advertiserId, "advertiserId");
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(creativeId, "creativeId");
    Objects.requireNonNull(bidType, "bidType");
    if (bidMicros <= 0 || bidMicros > Bid.MAX_AMOUNT_MICROS) {
      throw new IllegalArgumentException(
          "bidMicros must be in 1.." + Bid.MAX_AMOUNT_MICROS + "; bidMicros=" + bidMicros);
    }
    if (!(pCtr >= 0 && pCtr <= 1) || !(pCvr >= 0 && pCvr <= 1)) {
      throw new IllegalArgumentException(
          "pCtr and pCvr must be in [0, 1]; pCtr=" + pCtr + ", pCvr=" + pCvr);
    }
    long expected = Pricing.ecpmMicros(bidType, bidMicros, pCtr, pCvr);
    if (ecpmMicros != expected) {
      throw new IllegalArgumentException(
          "ecpmMicros must follow from the bid; ecpmMicros="
              + ecpmMicros
              + ", expected="
              + expected);
    }
  }

  /** A candidate with its eCPM computed from the bid and rates. */
  public static AuctionCandidate of(
      String advertiserId,
      String campaignId,
      String creativeId,
      BidType bidType,
      long bidMicros,
      double pCtr,
      double pCvr) {
    return new AuctionCandidate(
        advertiserId,
        campaignId,
        creativeId,
        bidType,
        bidMicros,
        pCtr,
        pCvr,
        Pricing.ecpmMicros(bidType, bidMicros, pCtr, pCvr));
  }
}
