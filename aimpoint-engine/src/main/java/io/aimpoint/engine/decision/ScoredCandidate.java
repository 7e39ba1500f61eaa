package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.AuctionCandidate;

/**
 * A candidate with its predictions: {@code pCtr} (click per impression), {@code pCvr} (conversion
 * per click) and the eCPM they make of its bid.
 */
public record ScoredCandidate(AdCandidate candidate, double pCtr, double pCvr, long ecpmMicros) {

  /** Scores {@code candidate}, deriving the eCPM from its bid. */
  public static ScoredCandidate of(AdCandidate candidate, double pCtr, double pCvr) {
    AuctionCandidate a = toAuction(candidate, pCtr, pCvr);
    return new ScoredCandidate(candidate, pCtr, pCvr, a.ecpmMicros());
  }

  /** The auction's view of this candidate. */
  public AuctionCandidate toAuctionCandidate() {
    return toAuction(candidate, pCtr, pCvr);
  }

  private static AuctionCandidate toAuction(AdCandidate c, double pCtr, double pCvr) {
    return AuctionCandidate.of(
        c.advertiserId(),
        c.campaign().id(),
        c.creative().id(),
        c.campaign().bid().type(),
        c.campaign().bid().amountMicros(),
        pCtr,
        pCvr);
  }
}
