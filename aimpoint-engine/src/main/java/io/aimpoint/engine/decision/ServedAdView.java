package io.aimpoint.engine.decision;

/**
 * One ad in a decision response. The tokens are signed; the HTTP layer turns them into {@code
 * /t/i/{token}} and {@code /t/c/{token}} URLs. {@code priceMicros} is the second price per billable
 * unit of {@code bidType} (per thousand impressions for CPM); {@code propensity} the probability
 * with which the policy chose this ad for this slot (see {@link
 * io.aimpoint.core.auction.ExploringAuction}, times the combination's for a dynamic creative).
 * {@code variantId} names the combination of a dynamic creative that {@code title}, {@code body}
 * and {@code imageUrl} show (e.g. {@code t1-b0-i2}); null for creatives without variants.
 */
public record ServedAdView(
    int slot,
    String advertiserId,
    String campaignId,
    String creativeId,
    String title,
    String body,
    String imageUrl,
    String landingUrl,
    String bidType,
    long priceMicros,
    long ecpmMicros,
    String impressionToken,
    String clickToken,
    double propensity,
    String variantId) {

  /** A view of an ad of a creative without variants. */
  public ServedAdView(
      int slot,
      String advertiserId,
      String campaignId,
      String creativeId,
      String title,
      String body,
      String imageUrl,
      String landingUrl,
      String bidType,
      long priceMicros,
      long ecpmMicros,
      String impressionToken,
      String clickToken,
      double propensity) {
    this(
        slot,
        advertiserId,
        campaignId,
        creativeId,
        title,
        body,
        imageUrl,
        landingUrl,
        bidType,
        priceMicros,
        ecpmMicros,
        impressionToken,
        clickToken,
        propensity,
        null);
  }

  /** A view of a deterministically chosen ad (propensity 1). */
  public ServedAdView(
      int slot,
      String advertiserId,
      String campaignId,
      String creativeId,
      String title,
      String body,
      String imageUrl,
      String landingUrl,
      String bidType,
      long priceMicros,
      long ecpmMicros,
      String impressionToken,
      String clickToken) {
    this(
        slot,
        advertiserId,
        campaignId,
        creativeId,
        title,
        body,
        imageUrl,
        landingUrl,
        bidType,
        priceMicros,
        ecpmMicros,
        impressionToken,
        clickToken,
        1.0);
  }
}
