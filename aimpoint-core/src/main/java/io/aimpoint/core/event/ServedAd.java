package io.aimpoint.core.event;

import io.aimpoint.core.campaign.BidType;

/**
 * One ad of a decision as it was priced: {@code priceMicros} is what one billable event of {@code
 * bidType} costs (per thousand impressions for CPM), {@code ecpmMicros} the score it won with.
 * {@code propensity} is the probability with which the serving policy chose this ad for this slot
 * given the candidates (1 when it chose deterministically; 0 in ads logged before propensities were
 * recorded), for off-policy evaluation. {@code variant} names the combination served of a creative
 * with variants (null for creatives without and for ads logged before variants); its propensity is
 * then the product of the ad's and the combination's (see docs/delivery.md).
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
    double propensity,
    ServedVariant variant) {

  public ServedAd {
    if (!(propensity >= 0 && propensity <= 1)) {
      throw new IllegalArgumentException("propensity must be in [0, 1]; propensity=" + propensity);
    }
  }

  /** An ad of a creative without variants. */
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
      double pCvr,
      double propensity) {
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
        propensity,
        null);
  }

  /**
   * This ad with {@code served} combination, chosen with probability {@code choiceProbability}
   * given the ad, which multiplies into the propensity.
   */
  public ServedAd withVariant(ServedVariant served, double choiceProbability) {
    if (!(choiceProbability > 0 && choiceProbability <= 1)) {
      throw new IllegalArgumentException(
          "choiceProbability must be in (0, 1]; choiceProbability=" + choiceProbability);
    }
    return new ServedAd(
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
        propensity * choiceProbability,
        served);
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
