package io.aimpoint.core.auction;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import java.util.Objects;

/**
 * One scored (campaign, creative) pair entering an auction. {@code ecpmMicros} is derived from the
 * bid and the predicted rates with {@link Pricing#ecpmMicros}.
 *
 * @param category the creative's category, or null when it has none; a category-exclusive auction
 *     never shows two winners of one (non-null) category
 */
public record AuctionCandidate(
    String advertiserId,
    String campaignId,
    String creativeId,
    BidType bidType,
    long bidMicros,
    double pCtr,
    double pCvr,
    long ecpmMicros,
    String category) {

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

  /** A candidate without a category. */
  public AuctionCandidate(
      String advertiserId,
      String campaignId,
      String creativeId,
      BidType bidType,
      long bidMicros,
      double pCtr,
      double pCvr,
      long ecpmMicros) {
    this(advertiserId, campaignId, creativeId, bidType, bidMicros, pCtr, pCvr, ecpmMicros, null);
  }

  /** This candidate in {@code newCategory} (null for none). */
  public AuctionCandidate withCategory(String newCategory) {
    return new AuctionCandidate(
        advertiserId,
        campaignId,
        creativeId,
        bidType,
        bidMicros,
        pCtr,
        pCvr,
        ecpmMicros,
        newCategory);
  }

  /** Whether both have a category and it is the same. */
  public boolean sharesCategoryWith(AuctionCandidate other) {
    return category != null && category.equals(other.category);
  }

  /** A candidate with its eCPM computed from the bid and rates, without a category. */
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
