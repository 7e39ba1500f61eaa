package io.aimpoint.sim.run;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.sim.client.EngineClient;
import io.aimpoint.sim.policy.EngineIds;
import io.aimpoint.sim.world.SimAdvertiser;
import io.aimpoint.sim.world.SimCampaign;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimPlacement;
import io.aimpoint.sim.world.World;

/**
 * Creates the world's placements, advertisers, campaigns and creatives in an engine through its
 * API, in the world's order, and records the ids the engine assigned.
 */
public final class WorldSetup {
  private WorldSetup() {}

  /** Creates the world in the engine behind {@code client} and records its ids in {@code ids}. */
  public static void create(World world, EngineClient client, EngineIds ids) {
    create(world, client, ids, false);
  }

  /**
   * Creates the world in the engine behind {@code client} and records its ids in {@code ids}; the
   * placements are category-exclusive when {@code categoryExclusive}.
   */
  public static void create(
      World world, EngineClient client, EngineIds ids, boolean categoryExclusive) {
    for (SimPlacement sim : world.placements()) {
      Placement p = sim.placement();
      client.putPlacement(
          categoryExclusive
              ? new Placement(p.id(), p.name(), p.floorCpmMicros(), true, p.updatedAt())
              : p);
    }
    for (SimAdvertiser a : world.advertisers()) {
      Advertiser advertiser = client.createAdvertiser(a.advertiser());
      ids.advertiser(a, advertiser.id());
      for (SimCampaign c : a.campaigns()) {
        Campaign campaign = client.createCampaign(c.toCore(advertiser.id()));
        ids.campaign(c, campaign.id());
        for (SimCreative k : c.creatives()) {
          Creative creative = client.createCreative(k.toCore(campaign.id(), advertiser.id()));
          ids.creative(k, creative.id());
        }
      }
    }
  }
}
