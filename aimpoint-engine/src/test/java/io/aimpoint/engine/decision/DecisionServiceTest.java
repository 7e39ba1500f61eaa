package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.FrequencyCap;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.Geo;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.auth.Pseudonymizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionServiceTest {
  final DecisionFixture f = new DecisionFixture();

  static Targeting countries(String... codes) {
    return new Targeting(
        null, null, null, Set.of(codes), null, null, null, null, null, null, null, null);
  }

  static Targeting interests(String... categories) {
    return new Targeting(
        null, null, null, null, null, null, null, Set.of(categories), null, null, null, null);
  }

  @Test
  void serves_an_eligible_ad_with_signed_tokens_and_logs_the_decision() {
    f.advertiser("a");
    f.campaign("a", "c1", BidType.CPM, 3_000_000);
    f.start();

    DecisionResult r = f.decisions.decide(DecisionFixture.request("user-1", 1));

    assertThat(r.ads())
        .singleElement()
        .satisfies(
            ad -> {
              assertThat(ad.creativeId()).isEqualTo("c1-cr");
              assertThat(ad.landingUrl()).isEqualTo("https://shop.example.com/p?c=c1");
              assertThat(ad.bidType()).isEqualTo("CPM");
              assertThat(ad.priceMicros()).isEqualTo(f.config.defaultFloorCpmMicros());
              assertThat(ad.impressionToken()).isNotBlank().hasSizeLessThan(300);
              assertThat(ad.clickToken()).isNotEqualTo(ad.impressionToken());
            });
    DecisionMade logged = (DecisionMade) f.stores.events().find(r.decisionId()).orElseThrow();
    assertThat(logged.userKey())
        .isEqualTo(new Pseudonymizer(f.config.pseudonymKey()).userKey("user-1"))
        .isNotEqualTo("user-1");
    assertThat(logged.ads()).singleElement().extracting(a -> a.campaignId()).isEqualTo("c1");
  }

  @Test
  void rejects_an_invalid_request_naming_each_bad_field() {
    f.start();
    AdRequest bad =
        new AdRequest(
            null,
            new AdRequest.User(" ", 130, null, null, null, null),
            new AdRequest.Context(null, null, List.of("ok", "x".repeat(101)), null, null),
            11);

    assertThatThrownBy(() -> f.decisions.decide(bad))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "placementId", "slots", "user.id", "user.age", "context.keywords[1]"));
    assertThatThrownBy(() -> f.decisions.decide(new AdRequest("p", null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("user: is required");
  }

  @Test
  void applies_targeting_end_to_end() {
    f.advertiser("de");
    f.advertiser("fans");
    f.campaign(
        "de",
        "germany",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(null, 1_000_000_000L),
        null,
        countries("de"));
    f.campaign(
        "fans",
        "sporty",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(null, 1_000_000_000L),
        null,
        interests("sports"));
    f.start();
    String key = new Pseudonymizer(f.config.pseudonymKey()).userKey("u");
    f.stores
        .profiles()
        .put(
            new UserProfile(
                key,
                new Demographics(30, Gender.MALE, new Geo("DE", null, null), DeviceType.MOBILE),
                Map.of("sports", 0.8),
                Set.of(),
                3,
                DecisionFixture.T0));

    List<String> noConsent =
        campaignsServed(new AdRequest.User("u", null, null, null, null, false));
    List<String> withConsent =
        campaignsServed(new AdRequest.User("u", null, null, null, null, true));
    List<String> statedUs =
        campaignsServed(new AdRequest.User("u", null, null, new Geo("US", null, null), null, true));

    assertThat(noConsent).as("no profile without consent, unknown country").isEmpty();
    assertThat(withConsent).containsExactlyInAnyOrder("germany", "sporty");
    assertThat(statedUs).as("the request's geo wins over the profile's").containsExactly("sporty");
  }

  private List<String> campaignsServed(AdRequest.User user) {
    return f.decisions.decide(new AdRequest("home-top", user, null, 5)).ads().stream()
        .map(ServedAdView::campaignId)
        .toList();
  }

  @Test
  void charges_the_second_price_with_the_placements_floor_as_reserve() {
    f.advertiser("a");
    f.advertiser("b");
    f.advertiser("c");
    f.campaign("a", "high", BidType.CPM, 3_000_000);
    f.campaign("b", "mid", BidType.CPM, 2_000_000);
    f.campaign("c", "low", BidType.CPM, 900_000);
    f.placement("home-top", 1_000_000);
    f.start();

    DecisionResult r = f.decisions.decide(DecisionFixture.request("u", 3));

    assertThat(r.ads()).extracting(ServedAdView::campaignId).containsExactly("high", "mid");
    assertThat(r.ads())
        .extracting(ServedAdView::priceMicros)
        .containsExactly(2_000_000L, 1_000_000L);
  }

  @Test
  void shows_one_ad_per_advertiser() {
    f.advertiser("a");
    f.advertiser("b");
    f.campaign("a", "a1", BidType.CPM, 3_000_000);
    f.campaign("a", "a2", BidType.CPM, 2_500_000);
    f.creative("a", "a1", "a1-second", "https://a.example.com");
    f.campaign("b", "b1", BidType.CPM, 1_000_000);
    f.start();

    DecisionResult r = f.decisions.decide(DecisionFixture.request("u", 5));

    assertThat(r.ads()).extracting(ServedAdView::advertiserId).containsExactly("a", "b");
    assertThat(r.ads().get(0).priceMicros()).isEqualTo(1_000_000);
  }

  @Test
  void stops_serving_a_campaign_whose_budget_is_spent() {
    f.advertiser("a");
    f.advertiser("b");
    // Second price 0.10 CPM (the runner-up's bid, also the floor): 100 micros per impression.
    f.campaign(
        "a",
        "small",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(300L, null),
        null,
        Targeting.everyone());
    f.campaign(
        "b",
        "other",
        new Bid(BidType.CPM, 100_000),
        new Budget(null, 1_000_000_000L),
        null,
        Targeting.everyone());
    f.start();

    int served = 0;
    for (int i = 0; i < 10; i++) {
      ServedAdView ad = f.decisions.decide(DecisionFixture.request("u" + i, 1)).ads().get(0);
      if (ad.campaignId().equals("small")) {
        served++;
        f.tracking.impression(ad.impressionToken());
      }
    }

    assertThat(served).isEqualTo(3);
    assertThat(
            f.stores
                .ledger()
                .spend("small", DecisionFixture.T0.atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .dayMicros())
        .isEqualTo(300);
    f.clock.advance(Duration.ofDays(1));
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads())
        .as("a new day brings a new daily budget")
        .extracting(ServedAdView::campaignId)
        .containsExactly("small");
  }

  @Test
  void respects_the_frequency_cap_and_serves_again_after_the_window() {
    f.advertiser("a");
    f.campaign(
        "a",
        "capped",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(null, 1_000_000_000L),
        new FrequencyCap(2, 3600),
        Targeting.everyone());
    f.start();

    for (int i = 0; i < 2; i++) {
      ServedAdView ad = f.decisions.decide(DecisionFixture.request("u", 1)).ads().get(0);
      f.tracking.impression(ad.impressionToken());
      f.clock.advance(Duration.ofMinutes(10));
    }

    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads()).isEmpty();
    assertThat(f.decisions.decide(DecisionFixture.request("someone-else", 1)).ads()).hasSize(1);
    f.clock.advance(Duration.ofMinutes(60));
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads()).hasSize(1);
  }

  @Test
  void respects_a_creatives_own_cap_and_serves_the_campaigns_other_ads_meanwhile() {
    f.advertiser("a");
    f.campaign("a", "rich", BidType.CPM, 5_000_000);
    f.campaign("a", "modest", BidType.CPM, 2_000_000);
    // "rich" gets a second creative with its own cap; its first one is paused.
    f.stores.campaigns().updateCreative(paused(f.stores.campaigns().creative("rich-cr").get()));
    f.stores
        .campaigns()
        .createCreative(
            new Creative(
                "rich-capped",
                "rich",
                "a",
                "Capped",
                "Body",
                null,
                "https://shop.example.com/p?c=rich",
                "sports",
                null,
                List.of("shoes"),
                new FrequencyCap(1, 3600),
                Status.ACTIVE,
                DecisionFixture.T0,
                DecisionFixture.T0,
                1));
    f.start();

    ServedAdView first = f.decisions.decide(DecisionFixture.request("u", 1)).ads().get(0);
    assertThat(first.creativeId()).isEqualTo("rich-capped");
    f.tracking.impression(first.impressionToken());
    f.clock.advance(Duration.ofMinutes(10));

    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads())
        .extracting(ServedAdView::creativeId)
        .containsExactly("modest-cr");
    assertThat(f.decisions.decide(DecisionFixture.request("someone-else", 1)).ads())
        .extracting(ServedAdView::creativeId)
        .containsExactly("rich-capped");
    String key = new Pseudonymizer(f.config.pseudonymKey()).userKey("u");
    assertThat(f.stores.counters().deleteByPrefix(FrequencyCaps.userPrefix(key))).isPositive();
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads())
        .extracting(ServedAdView::creativeId)
        .containsExactly("rich-capped");
  }

  @Test
  void a_creatives_cap_counts_in_a_sliding_window() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPM, 5_000_000);
    Creative only = f.stores.campaigns().creative("c-cr").get();
    f.stores.campaigns().updateCreative(withCap(only, new FrequencyCap(2, 3600)));
    f.start();

    for (int i = 0; i < 2; i++) {
      f.tracking.impression(
          f.decisions.decide(DecisionFixture.request("u", 1)).ads().get(0).impressionToken());
      f.clock.advance(Duration.ofMinutes(20));
    }
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads()).isEmpty();
    f.clock.advance(Duration.ofMinutes(30));
    // The first impression (70 minutes ago) has left the window, the second has not.
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads()).hasSize(1);
  }

  private static Creative paused(Creative c) {
    return nextVersion(c.withStatus(Status.PAUSED));
  }

  private static Creative withCap(Creative c, FrequencyCap cap) {
    return nextVersion(c.withFrequencyCap(cap));
  }

  private static Creative nextVersion(Creative c) {
    return c.withIdentity(c.id(), c.createdAt(), c.updatedAt(), c.version() + 1);
  }

  @Test
  void erasing_a_users_counters_by_prefix_resets_their_caps() {
    f.advertiser("a");
    f.campaign(
        "a",
        "capped",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(null, 1_000_000_000L),
        new FrequencyCap(1, 3600),
        Targeting.everyone());
    f.start();
    f.tracking.impression(
        f.decisions.decide(DecisionFixture.request("u", 1)).ads().get(0).impressionToken());
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads()).isEmpty();

    String key = new Pseudonymizer(f.config.pseudonymKey()).userKey("u");
    assertThat(f.stores.counters().deleteByPrefix(FrequencyCaps.userPrefix(key))).isPositive();

    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads()).hasSize(1);
  }

  @Test
  void ranks_by_ecpm_using_smoothed_history() {
    f.advertiser("a");
    f.advertiser("b");
    // CPC 0.50 at the 1% prior is worth 5.00 CPM, above the CPM bid of 4.00.
    f.campaign("a", "cpc", BidType.CPC, 500_000);
    f.campaign("b", "cpm", BidType.CPM, 4_000_000);
    f.start();

    ServedAdView first = f.decisions.decide(DecisionFixture.request("u", 2)).ads().get(0);
    assertThat(first.campaignId()).isEqualTo("cpc");
    assertThat(first.ecpmMicros()).isEqualTo(5_000_000);
    // Pays 4.00 CPM / (1000 x 1%) = 0.40 per click.
    assertThat(first.priceMicros()).isEqualTo(400_000);

    for (int i = 0; i < 2_000; i++) {
      f.deliveries.count(io.aimpoint.core.ledger.DeliveryKind.IMPRESSION, "cpc", "cpc-cr");
    }
    assertThat(f.decisions.decide(DecisionFixture.request("u", 1)).ads().get(0).campaignId())
        .as("2000 impressions without a click drag the CTR estimate down")
        .isEqualTo("cpm");
  }
}
