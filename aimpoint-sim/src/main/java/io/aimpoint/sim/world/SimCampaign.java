package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Campaign;
import java.util.List;

/**
 * A simulated campaign: the core {@link Campaign} (bid, budget, targeting, caps) and its creatives.
 * {@code campaign.advertiserId()} holds the sim advertiser key until {@link #toCore} fills in the
 * engine's id.
 *
 * @param key sim-side key, e.g. {@code adv-03-c1}
 * @param advertiserKey key of the owning {@link SimAdvertiser}
 * @param category the category id all its creatives advertise
 * @param campaign the campaign as the engine will store it (id null)
 * @param creatives its creatives
 */
public record SimCampaign(
    String key,
    String advertiserKey,
    String category,
    Campaign campaign,
    List<SimCreative> creatives) {

  public SimCampaign {
    creatives = List.copyOf(creatives);
  }

  /** The campaign with the engine's advertiser id, ready to be created. */
  public Campaign toCore(String advertiserId) {
    Campaign c = campaign;
    return new Campaign(
        null,
        advertiserId,
        c.name(),
        c.status(),
        c.startAt(),
        c.endAt(),
        c.dayparting(),
        c.budget(),
        c.pacing(),
        c.bid(),
        c.frequencyCap(),
        c.targeting(),
        null,
        null,
        0);
  }
}
