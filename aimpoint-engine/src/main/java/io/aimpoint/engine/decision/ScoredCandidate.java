package io.aimpoint.engine.decision;

import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.event.FeatureSnapshot;

/**
 * A candidate with its predictions: {@code pCtr} (click per impression), {@code pCvr} (conversion
 * per click) and the eCPM they make of its bid.
 *
 * <p>A ranker that scored with model features hands their raw snapshots on ({@code
 * requestFeatures}, {@code candidateFeatures}), so that the decision log records exactly what the
 * model saw; both are null when the ranker used none (the decision service then extracts them).
 */
public record ScoredCandidate(
    AdCandidate candidate,
    double pCtr,
    double pCvr,
    long ecpmMicros,
    FeatureSnapshot requestFeatures,
    FeatureSnapshot candidateFeatures) {

  /** A candidate scored without model features. */
  public ScoredCandidate(AdCandidate candidate, double pCtr, double pCvr, long ecpmMicros) {
    this(candidate, pCtr, pCvr, ecpmMicros, null, null);
  }

  /** This candidate with the feature snapshots it was scored on. */
  public ScoredCandidate withFeatures(FeatureSnapshot request, FeatureSnapshot ad) {
    return new ScoredCandidate(candidate, pCtr, pCvr, ecpmMicros, request, ad);
  }

  /** Whether the ranker handed on the snapshots it scored with. */
  public boolean hasFeatures() {
    return requestFeatures != null && candidateFeatures != null;
  }

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
            pCvr)
        .withCategory(c.creative().category());
  }
}
