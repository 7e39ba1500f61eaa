package io.aimpoint.testkit;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Dayparting;
import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.FrequencyCap;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.AppEvent;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.event.Social;
import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.Geo;
import io.aimpoint.core.user.UserProfile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid sample domain objects for tests, with every optional field filled so that a storage round
 * trip that drops a field is caught. Timestamps default to {@link #T0}.
 */
public final class Samples {
  /** Monday 2025-03-10 12:00 UTC. */
  public static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");

  private Samples() {}

  public static Advertiser advertiser(String id) {
    return new Advertiser(id, "Advertiser " + id, "example.com", Status.ACTIVE, T0, T0, 1);
  }

  public static Campaign campaign(String id, String advertiserId) {
    return new Campaign(
        id,
        advertiserId,
        "Campaign " + id,
        Status.ACTIVE,
        T0.minusSeconds(86_400),
        T0.plusSeconds(30L * 86_400),
        new Dayparting(
            Set.of(8, 9, 10, 18), Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), "Asia/Shanghai"),
        new Budget(50_000_000L, 1_000_000_000L),
        PacingMode.EVEN,
        new Bid(BidType.CPC, 1_500_000),
        new FrequencyCap(3, 3600),
        new Targeting(
            18,
            45,
            Set.of(Gender.FEMALE),
            Set.of("CN", "US"),
            Set.of("CN-31"),
            Set.of("Shanghai"),
            Set.of(DeviceType.MOBILE, DeviceType.TABLET),
            Set.of("sports", "travel"),
            Set.of("seg-1"),
            Set.of("running shoes"),
            Set.of("used"),
            Set.of("zh", "en")),
        T0,
        T0,
        1);
  }

  /** A campaign with no optional fields: always on, everyone, lifetime budget only. */
  public static Campaign minimalCampaign(String id, String advertiserId) {
    return new Campaign(
        id,
        advertiserId,
        "Campaign " + id,
        Status.ACTIVE,
        null,
        null,
        null,
        new Budget(null, 10_000_000L),
        null,
        new Bid(BidType.CPM, 2_000_000),
        null,
        null,
        T0,
        T0,
        1);
  }

  public static Creative creative(String id, String campaignId, String advertiserId) {
    return new Creative(
        id,
        campaignId,
        advertiserId,
        "Title " + id,
        "Body of " + id,
        "https://img.example.com/" + id + ".png",
        "https://shop.example.com/landing?c=" + id,
        "sports",
        "en",
        List.of("shoes", "running"),
        null,
        Status.ACTIVE,
        T0,
        T0,
        1);
  }

  public static ApiKey apiKey(String id, String secretHash, ApiKey.Role role, String advertiser) {
    return new ApiKey(id, secretHash, role, advertiser, "key " + id, T0);
  }

  public static PageView pageView(String eventId, String userKey, Instant at) {
    return new PageView(
        eventId,
        userKey,
        at,
        Consent.GRANTED,
        "https://news.example.com/a",
        "A title",
        "Some text",
        "news");
  }

  public static ServedAd servedAd(int slot, String campaignId, String creativeId) {
    return new ServedAd(
        slot,
        "adv-1",
        campaignId,
        creativeId,
        BidType.CPC,
        1_500_000,
        1_200_000,
        36_000,
        0.024,
        0.1);
  }

  /** One event of every type for the user, one second apart from {@code start}. */
  public static List<Event> oneOfEachType(String idPrefix, String userKey, Instant start) {
    ServedAd ad = servedAd(0, "cmp-1", "crv-1");
    return List.of(
        pageView(idPrefix + "pv", userKey, start),
        new Search(idPrefix + "s", userKey, start.plusSeconds(1), Consent.DENIED, "red shoes"),
        new Purchase(
            idPrefix + "p",
            userKey,
            start.plusSeconds(2),
            Consent.GRANTED,
            "sku-1",
            "shoes",
            9_990_000),
        new Social(
            idPrefix + "so", userKey, start.plusSeconds(3), Consent.GRANTED, "like", "travel", "x"),
        new AppEvent(
            idPrefix + "app", userKey, start.plusSeconds(4), Consent.GRANTED, "install", "app-1"),
        new DecisionMade(
            idPrefix + "d",
            userKey,
            start.plusSeconds(5),
            Consent.GRANTED,
            "home-top",
            List.of(ad),
            requestSnapshot(),
            List.of(adSnapshot(ad))),
        new AdImpression(
            idPrefix + "i", userKey, start.plusSeconds(6), Consent.GRANTED, idPrefix + "d", ad, 0),
        new AdClick(
            idPrefix + "c",
            userKey,
            start.plusSeconds(7),
            Consent.GRANTED,
            idPrefix + "d",
            ad,
            1_200_000),
        new Conversion(
            idPrefix + "cv",
            userKey,
            start.plusSeconds(8),
            Consent.GRANTED,
            "adv-1",
            "order-1",
            50_000_000,
            idPrefix + "d",
            ad,
            0));
  }

  /** A request-side feature snapshot with every kind of value (tokens, weights, numbers). */
  public static FeatureSnapshot requestSnapshot() {
    return FeatureSnapshot.builder()
        .token("user.gender", "female")
        .weighted("user.interests", List.of("sports", "travel"), List.of(2.5, 0.125))
        .tokens("context.keywords", List.of("running", "shoes"))
        .number("user.age", 34)
        .number("user.rfm.recency_hours", 1.0 / 3)
        .build();
  }

  /** The candidate-side feature snapshot of {@code ad}. */
  public static FeatureSnapshot adSnapshot(ServedAd ad) {
    return FeatureSnapshot.builder()
        .token("ad.campaign", ad.campaignId())
        .token("ad.creative", ad.creativeId())
        .number("text.context_cosine", 0.7f)
        .build();
  }

  public static UserProfile profile(String userKey, Instant at) {
    return new UserProfile(
        userKey,
        new Demographics(34, Gender.FEMALE, new Geo("CN", "CN-31", "Shanghai"), DeviceType.MOBILE),
        Map.of("sports", 0.75, "travel", 0.25),
        Set.of("seg-1", "seg-2"),
        12,
        at);
  }
}
