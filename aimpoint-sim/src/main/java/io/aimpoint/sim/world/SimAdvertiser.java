package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Advertiser;
import java.util.List;

/**
 * A simulated advertiser with its campaigns.
 *
 * @param key sim-side key, e.g. {@code adv-03}
 * @param advertiser the advertiser as the engine will store it (id null)
 * @param category the advertiser's home category id (most of its campaigns are in it)
 * @param brand the brand name its creatives use
 * @param campaigns its campaigns
 */
public record SimAdvertiser(
    String key, Advertiser advertiser, String category, String brand, List<SimCampaign> campaigns) {

  public SimAdvertiser {
    campaigns = List.copyOf(campaigns);
  }
}
