package io.aimpoint.core.ledger;

/** Lifetime counts of one creative of one campaign; the evidence for smoothed CTR/CVR estimates. */
public record CreativeTotals(
    String campaignId,
    String creativeId,
    long impressions,
    long clicks,
    long conversions,
    long spendMicros) {}
