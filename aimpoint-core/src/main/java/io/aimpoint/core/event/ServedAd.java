package io.aimpoint.core.event;

import io.aimpoint.core.campaign.BidType;

/**
 * One ad of a decision as it was priced: {@code priceMicros} is what one billable event of {@code
 * bidType} costs (per thousand impressions for CPM), {@code ecpmMicros} the score it won with.
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
    double pCvr) {}
