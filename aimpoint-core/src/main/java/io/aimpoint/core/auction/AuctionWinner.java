package io.aimpoint.core.auction;

/**
 * A candidate that won {@code slot} (0 is the best). {@code priceEcpmMicros} is the eCPM it must
 * match to keep its slot; {@code priceMicros} is that in the candidate's bid unit (per thousand
 * impressions for CPM, per click for CPC, per conversion for CPA), never above the bid and never
 * below the floor's equivalent in that unit. {@code propensity} is the probability with which the
 * auction chose this candidate for this slot given the candidates and the earlier slots' winners (1
 * for a deterministic auction).
 */
public record AuctionWinner(
    int slot,
    AuctionCandidate candidate,
    long priceEcpmMicros,
    long priceMicros,
    double propensity) {

  public AuctionWinner {
    if (!(propensity > 0 && propensity <= 1)) {
      throw new IllegalArgumentException("propensity must be in (0, 1]; propensity=" + propensity);
    }
  }

  /** A winner chosen deterministically (propensity 1). */
  public AuctionWinner(
      int slot, AuctionCandidate candidate, long priceEcpmMicros, long priceMicros) {
    this(slot, candidate, priceEcpmMicros, priceMicros, 1.0);
  }
}
