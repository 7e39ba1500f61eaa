package io.aimpoint.sim.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated synthetic world: users (bots included), advertisers with campaigns and creatives, and
 * the publisher's placements. Pure and deterministic: {@link #generate} with an equal config gives
 * an equal world.
 */
public final class World {
  private final WorldConfig config;
  private final Taxonomy taxonomy;
  private final List<SimUser> users;
  private final List<SimAdvertiser> advertisers;
  private final List<SimPlacement> placements;
  private final Map<String, SimUser> usersById = new HashMap<>();
  private final Map<String, SimCreative> creativesByKey = new HashMap<>();
  private final Map<String, SimCampaign> campaignsByKey = new HashMap<>();

  private World(
      WorldConfig config, Taxonomy taxonomy, List<SimUser> users, List<SimAdvertiser> advertisers) {
    this.config = config;
    this.taxonomy = taxonomy;
    this.users = List.copyOf(users);
    this.advertisers = List.copyOf(advertisers);
    this.placements = SimPlacement.standard();
    for (SimUser u : this.users) {
      usersById.put(u.id(), u);
    }
    for (SimCampaign c : campaigns()) {
      campaignsByKey.put(c.key(), c);
      for (SimCreative k : c.creatives()) {
        creativesByKey.put(k.key(), k);
      }
    }
  }

  /** Generates the world described by {@code config} with the standard taxonomy. */
  public static World generate(WorldConfig config) {
    Taxonomy taxonomy = Taxonomy.standard();
    UserGenerator userGenerator = new UserGenerator(config, taxonomy);
    List<SimUser> users = new ArrayList<>(config.users());
    for (int i = 0; i < config.users(); i++) {
      users.add(userGenerator.user(i));
    }
    AdvertiserGenerator advertiserGenerator = new AdvertiserGenerator(config, taxonomy);
    List<SimAdvertiser> advertisers = new ArrayList<>(config.advertisers());
    for (int a = 0; a < config.advertisers(); a++) {
      advertisers.add(advertiserGenerator.advertiser(a));
    }
    return new World(config, taxonomy, users, advertisers);
  }

  public WorldConfig config() {
    return config;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public List<SimUser> users() {
    return users;
  }

  public List<SimAdvertiser> advertisers() {
    return advertisers;
  }

  public List<SimPlacement> placements() {
    return placements;
  }

  /** Every campaign of every advertiser, in advertiser order. */
  public List<SimCampaign> campaigns() {
    return advertisers.stream().flatMap(a -> a.campaigns().stream()).toList();
  }

  /** Every creative of every campaign, in campaign order. */
  public List<SimCreative> creatives() {
    return campaigns().stream().flatMap(c -> c.creatives().stream()).toList();
  }

  /** The user with external id {@code id}; throws if there is none. */
  public SimUser user(String id) {
    return lookup(usersById, id, "user id");
  }

  /** The campaign with sim key {@code key}; throws if there is none. */
  public SimCampaign campaign(String key) {
    return lookup(campaignsByKey, key, "campaign key");
  }

  /** The creative with sim key {@code key}; throws if there is none. */
  public SimCreative creative(String key) {
    return lookup(creativesByKey, key, "creative key");
  }

  /** The placement with id {@code id}; throws if there is none. */
  public SimPlacement placement(String id) {
    for (SimPlacement p : placements) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown placement id: " + id);
  }

  private static <T> T lookup(Map<String, T> map, String key, String what) {
    T value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("unknown " + what + ": " + key);
    }
    return value;
  }
}
