package io.aimpoint.cli;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.FrequencyCap;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.admin.ApiKeyService.CreatedKey;
import io.aimpoint.engine.auth.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small, real demo world created through the engine's admin services, exactly as an operator
 * would through the API: three advertisers (English and Chinese creatives) buying on CPM, CPC and
 * CPA, a placement with a floor, and one advertiser key and one publisher key.
 *
 * <p>The simulator-driven demo (synthetic users and traffic) comes with issue 3; it adds to what
 * this class seeds, so the world is plain data ({@link #ADVERTISERS}) and seeding one step.
 */
public final class DemoWorld {
  /** The placement every demo request asks for. */
  public static final String PLACEMENT_ID = "home-top";

  /** 0.50 per thousand impressions: low enough that every demo campaign clears it. */
  static final long FLOOR_CPM_MICROS = 500_000L;

  /** Every demo campaign may spend 50 a day and 1000 in all. */
  static final Budget BUDGET = new Budget(50_000_000L, 1_000_000_000L);

  /** One creative of a demo campaign. */
  record DemoAd(
      String title, String body, String landingUrl, String language, List<String> words) {}

  /** A demo advertiser with its one campaign and that campaign's creatives. */
  record DemoAdvertiser(
      String name,
      String domain,
      String campaignName,
      Bid bid,
      FrequencyCap cap,
      Targeting targeting,
      String category,
      List<DemoAd> ads) {}

  static final List<DemoAdvertiser> ADVERTISERS =
      List.of(
          new DemoAdvertiser(
              "Lumen Coffee",
              "lumen-coffee.example",
              "Morning roast (CPM)",
              new Bid(BidType.CPM, 3_000_000L),
              new FrequencyCap(5, 24 * 3600L),
              Targeting.everyone(),
              "food",
              List.of(
                  new DemoAd(
                      "Fresh roasted coffee, delivered",
                      "Beans roasted this week.",
                      "https://lumen-coffee.example/subscribe",
                      "en",
                      List.of("coffee", "espresso")),
                  new DemoAd(
                      "新鲜烘焙咖啡，送货上门",
                      "本周烘焙的咖啡豆。",
                      "https://lumen-coffee.example/zh/subscribe",
                      "zh",
                      List.of("咖啡", "拿铁")))),
          new DemoAdvertiser(
              "山海旅行 Shanhai Travel",
              "shanhai-travel.example",
              "春节特价机票 (CPC)",
              new Bid(BidType.CPC, 400_000L),
              null,
              countries(Set.of("CN", "HK", "SG")),
              "travel",
              List.of(
                  new DemoAd(
                      "春节特价机票，北京往返上海 399 元起",
                      "限时抢购，先到先得。",
                      "https://shanhai-travel.example/deals",
                      "zh",
                      List.of("机票", "旅行", "flights")),
                  new DemoAd(
                      "Spring Festival flight deals",
                      "Beijing-Shanghai from 399 CNY.",
                      "https://shanhai-travel.example/en/deals",
                      "en",
                      List.of("flights", "travel")))),
          new DemoAdvertiser(
              "Kite Running",
              "kite-running.example",
              "Light trainers (CPA)",
              new Bid(BidType.CPA, 8_000_000L),
              null,
              devices(Set.of(DeviceType.MOBILE, DeviceType.TABLET)),
              "sports",
              List.of(
                  new DemoAd(
                      "Run lighter: 180 g trainers",
                      "Free returns for 30 days.",
                      "https://kite-running.example/trainers",
                      "en",
                      List.of("running", "shoes")),
                  new DemoAd(
                      "轻量跑鞋，仅重 180 克",
                      "30 天无忧退换。",
                      "https://kite-running.example/zh/trainers",
                      "zh",
                      List.of("跑步", "跑鞋")))));

  /**
   * What was seeded, with the secrets of the two minted keys (shown once).
   *
   * @param advertiserIds in the order of {@link #ADVERTISERS}; the advertiser key belongs to the
   *     first
   * @param campaignIds one per advertiser, same order
   */
  public record Seeded(
      List<String> advertiserIds,
      List<String> campaignIds,
      String placementId,
      CreatedKey advertiserKey,
      CreatedKey publisherKey) {}

  private DemoWorld() {}

  /** Whether {@code engine}'s stores hold no advertiser yet, so seeding would not duplicate. */
  public static boolean isEmpty(Engine engine) {
    return engine.admin().advertisers(Caller.ADMIN, ListQuery.all(1)).items().isEmpty();
  }

  /** Seeds the world into {@code engine} and mints the demo keys. */
  public static Seeded seed(Engine engine) {
    AdminService admin = engine.admin();
    admin.putPlacement(
        Caller.ADMIN, new Placement(PLACEMENT_ID, "Home page, top", FLOOR_CPM_MICROS, null));
    List<String> advertiserIds = new ArrayList<>();
    List<String> campaignIds = new ArrayList<>();
    for (DemoAdvertiser demo : ADVERTISERS) {
      Advertiser advertiser =
          admin.createAdvertiser(
              Caller.ADMIN,
              new Advertiser(null, demo.name(), demo.domain(), Status.ACTIVE, null, null, 0));
      Campaign campaign = admin.createCampaign(Caller.ADMIN, campaignDraft(advertiser.id(), demo));
      for (DemoAd ad : demo.ads()) {
        admin.createCreative(Caller.ADMIN, creativeDraft(campaign.id(), demo.category(), ad));
      }
      advertiserIds.add(advertiser.id());
      campaignIds.add(campaign.id());
    }
    return withKeys(engine, advertiserIds, campaignIds);
  }

  /**
   * Mints fresh demo keys for a world seeded earlier (key secrets are stored hashed, so the old
   * ones cannot be shown again). Uses the first advertiser and its campaigns.
   */
  public static Seeded mintKeys(Engine engine) {
    String advertiserId =
        engine.admin().advertisers(Caller.ADMIN, ListQuery.all(1)).items().getFirst().id();
    List<String> campaignIds =
        engine
            .admin()
            .campaigns(Caller.ADMIN, new ListQuery(advertiserId, null, null, null, 10))
            .items()
            .stream()
            .map(Campaign::id)
            .toList();
    return withKeys(engine, List.of(advertiserId), campaignIds);
  }

  private static Seeded withKeys(
      Engine engine, List<String> advertiserIds, List<String> campaignIds) {
    CreatedKey advertiserKey =
        engine
            .apiKeys()
            .createAdvertiserKey(Caller.ADMIN, advertiserIds.getFirst(), "demo advertiser key");
    CreatedKey publisherKey = engine.apiKeys().createPublisherKey(Caller.ADMIN, "demo publisher");
    return new Seeded(
        List.copyOf(advertiserIds),
        List.copyOf(campaignIds),
        PLACEMENT_ID,
        advertiserKey,
        publisherKey);
  }

  private static Campaign campaignDraft(String advertiserId, DemoAdvertiser demo) {
    return new Campaign(
        null,
        advertiserId,
        demo.campaignName(),
        Status.ACTIVE,
        null,
        null,
        null,
        BUDGET,
        PacingMode.EVEN,
        demo.bid(),
        demo.cap(),
        demo.targeting(),
        null,
        null,
        0);
  }

  private static Creative creativeDraft(String campaignId, String category, DemoAd ad) {
    return new Creative(
        null,
        campaignId,
        null,
        ad.title(),
        ad.body(),
        null,
        ad.landingUrl(),
        category,
        ad.language(),
        ad.words(),
        Status.ACTIVE,
        null,
        null,
        0);
  }

  private static Targeting countries(Set<String> countries) {
    return new Targeting(
        null, null, null, countries, null, null, null, null, null, null, null, null);
  }

  private static Targeting devices(Set<DeviceType> devices) {
    return new Targeting(null, null, null, null, null, null, devices, null, null, null, null, null);
  }
}
