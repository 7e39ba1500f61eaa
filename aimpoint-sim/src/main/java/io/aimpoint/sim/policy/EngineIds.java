package io.aimpoint.sim.policy;

import io.aimpoint.sim.world.SimAdvertiser;
import io.aimpoint.sim.world.SimCampaign;
import io.aimpoint.sim.world.SimCreative;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids one engine assigned to the simulated world's advertisers, campaigns and creatives, both
 * ways. Filled in while the world is set up in the engine; read while traffic runs.
 */
public final class EngineIds {
  private final Map<String, String> advertiserIds = new HashMap<>();
  private final Map<String, SimCampaign> campaigns = new HashMap<>();
  private final Map<String, SimCreative> creatives = new HashMap<>();

  public void advertiser(SimAdvertiser advertiser, String engineId) {
    advertiserIds.put(advertiser.key(), engineId);
  }

  public void campaign(SimCampaign campaign, String engineId) {
    campaigns.put(engineId, campaign);
  }

  public void creative(SimCreative creative, String engineId) {
    creatives.put(engineId, creative);
  }

  /** The engine id of the simulated advertiser with key {@code simKey}. */
  public String advertiserId(String simKey) {
    return require(advertiserIds, simKey, "advertiser key");
  }

  /** The simulated campaign behind the engine's campaign {@code engineId}. */
  public SimCampaign campaign(String engineId) {
    return require(campaigns, engineId, "campaign id");
  }

  /** The simulated creative behind the engine's creative {@code engineId}. */
  public SimCreative creative(String engineId) {
    return require(creatives, engineId, "creative id");
  }

  /** Every simulated campaign by its engine id (a read-only view). */
  public Map<String, SimCampaign> campaignsByEngineId() {
    return Collections.unmodifiableMap(campaigns);
  }

  private static <T> T require(Map<String, T> map, String key, String what) {
    T value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("unknown " + what + ": " + key);
    }
    return value;
  }
}
