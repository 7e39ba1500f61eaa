package io.aimpoint.core.event;

import io.aimpoint.core.campaign.BidType;

/**
 * One ad of a decision as it was priced: {@code priceMicros} is what one billable event of {@code
 * bidType} costs (per thousand impressions for CPM), {@code ecpmMicros} the score it won with.
 * {@code propensity} is the probability with which the serving policy chose this ad for this slot
 * given the candidates (1 when it chose deterministically; 0 in ads logged before propensities were
 * recorded), for off-policy evaluation.
 */
public record ServedAd(
    int slot,
    String advertiserId,
    String campaignId,
    String creativeId,
    BidType bidType,
    long bidMicros,
    long priceMicros,
    long ecpmMicros,
    double pCtr,
    double pCvr,
    double propensity) {

  public ServedAd {
    if (!(propensity >= 0 && propensity <= 1)) {
      throw new IllegalArgumentException("propensity must be in [0, 1]; propensity=" + propensity);
    }
  }

  /** An ad chosen deterministically (propensity 1). */
  public ServedAd(
      int slot,
      String advertiserId,
      String campaignId,
      String creativeId,
      BidType bidType,
      long bidMicros,
      long priceMicros,
      long ecpmMicros,
      double pCtr,
      double pCvr) {
    this(
        slot,
        advertiserId,
        campaignId,
        creativeId,
        bidType,
        bidMicros,
        priceMicros,
        ecpmMicros,
        pCtr,
        pCvr,
        1.0);
  }
}
