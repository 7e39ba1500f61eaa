package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.targeting.TargetingMatcher;
import java.util.List;

/**
 * One servable campaign of the catalog: its active advertiser, its targeting compiled for matching,
 * and its active creatives (never empty).
 */
public record CatalogEntry(
    Advertiser advertiser, Campaign campaign, TargetingMatcher matcher, List<Creative> creatives) {
  public CatalogEntry {
    creatives = List.copyOf(creatives);
  }
}
