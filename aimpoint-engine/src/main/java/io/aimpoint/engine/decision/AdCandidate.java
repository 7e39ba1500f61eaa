package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;

/** A (campaign, creative) pair that may serve to the request at hand. */
public record AdCandidate(Campaign campaign, Creative creative) {
  public String advertiserId() {
    return campaign.advertiserId();
  }
}
