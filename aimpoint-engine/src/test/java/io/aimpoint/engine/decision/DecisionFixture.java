package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.FrequencyCap;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.tracking.TrackingService;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A decision engine on in-memory stores and a fake clock, with helpers to set up advertisers,
 * campaigns and creatives. Call {@link #start()} after the setup to load the catalog.
 */
public final class DecisionFixture {
  public static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");

  public final FakeClock clock = new FakeClock(T0);
  public final InMemoryStores memory = InMemoryStores.create(clock);
  public final Stores stores =
      new Stores(
          memory.campaigns(),
          memory.apiKeys(),
          memory.events(),
          memory.profiles(),
          memory.counters(),
          memory.ledger());
  public final EngineConfig config =
      EngineConfig.defaults(
          "pseudonym-key-for-tests".getBytes(StandardCharsets.UTF_8),
          "tracking-key-for-tests!".getBytes(StandardCharsets.UTF_8),
          clock);
  public CampaignCatalog catalog;
  public DeliveryCache deliveries;
  public DecisionService decisions;
  public TrackingService tracking;

  public DecisionFixture start() {
    catalog = new CampaignCatalog(stores.campaigns(), clock);
    deliveries = DeliveryCache.load(stores.ledger(), clock);
    decisions = new DecisionService(stores, config, catalog, deliveries);
    tracking = new TrackingService(stores, config, catalog, deliveries);
    return this;
  }

  public void advertiser(String id) {
    stores
        .campaigns()
        .createAdvertiser(new Advertiser(id, "Adv " + id, null, Status.ACTIVE, T0, T0, 1));
  }

  /** An always-on campaign for everyone with one creative {@code <campaignId>-cr}. */
  public Campaign campaign(String advertiserId, String campaignId, BidType type, long bidMicros) {
    return campaign(
        advertiserId,
        campaignId,
        new Bid(type, bidMicros),
        new Budget(null, 1_000_000_000L),
        null,
        Targeting.everyone());
  }

  public Campaign campaign(
      String advertiserId,
      String campaignId,
      Bid bid,
      Budget budget,
      FrequencyCap cap,
      Targeting targeting) {
    Campaign c =
        new Campaign(
            campaignId,
            advertiserId,
            "Campaign " + campaignId,
            Status.ACTIVE,
            null,
            null,
            null,
            budget,
            null,
            bid,
            cap,
            targeting,
            T0,
            T0,
            1);
    stores.campaigns().createCampaign(c);
    creative(
        advertiserId, campaignId, campaignId + "-cr", "https://shop.example.com/p?c=" + campaignId);
    return c;
  }

  public void creative(
      String advertiserId, String campaignId, String creativeId, String landingUrl) {
    stores
        .campaigns()
        .createCreative(
            new Creative(
                creativeId,
                campaignId,
                advertiserId,
                "Title " + creativeId,
                "Body",
                null,
                landingUrl,
                "sports",
                null,
                List.of("shoes"),
                null,
                Status.ACTIVE,
                T0,
                T0,
                1));
  }

  public void placement(String id, long floorCpmMicros) {
    placement(id, floorCpmMicros, false);
  }

  public void placement(String id, long floorCpmMicros, boolean categoryExclusive) {
    stores
        .campaigns()
        .putPlacement(new Placement(id, "Placement " + id, floorCpmMicros, categoryExclusive, T0));
  }

  public static AdRequest request(String userId, int slots) {
    return new AdRequest(
        "home-top", new AdRequest.User(userId, null, null, null, null, false), null, slots);
  }
}
