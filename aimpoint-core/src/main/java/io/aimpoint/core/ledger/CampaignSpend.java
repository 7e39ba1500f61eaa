package io.aimpoint.core.ledger;

/** What a campaign has spent, in micros: on one UTC day and in its lifetime. */
public record CampaignSpend(long dayMicros, long lifetimeMicros) {
  public static final CampaignSpend NONE = new CampaignSpend(0, 0);
}
