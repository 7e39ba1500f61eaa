package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.auth.Pseudonymizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The optional parts of the standard pipeline through the decision and tracking services: fatigue
 * learned from tracked clicks, learned reserves, category exclusivity.
 */
class DeliveryStrategyTest {
  private static final long SEED = 4242L;
  private static final long FLOOR = 100_000;

  private final DecisionFixture f = new DecisionFixture();

  private void start(DeliveryOptions options) {
    f.start();
    f.decisions =
        new DecisionService(
            f.stores,
            f.config,
            new DecisionStages(
                f.catalog,
                f.deliveries,
                DecisionPipeline.standard(f.catalog, f.deliveries, options)),
            new Pacer(f.deliveries, options.pacing(), options.seed()),
            options);
  }

  private static AdRequest request(String userId, boolean consent, int slots) {
    return new AdRequest(
        "home-top", new AdRequest.User(userId, null, null, null, null, consent), null, slots);
  }

  /** Stores a profile of {@code userId} that has seen {@code campaignId} {@code times} times. */
  private void exposed(String userId, String campaignId, long times) {
    String key = new Pseudonymizer(f.config.pseudonymKey()).userKey(userId);
    f.stores
        .profiles()
        .put(
            UserProfile.empty(key, DecisionFixture.T0)
                .withExposure(
                    new AdExposure(
                        Map.of(campaignId, new ExposureCount(times, 0)), Map.of(), null, null)));
  }

  @Test
  void fatigue_planted_in_tracked_clicks_is_learned_and_changes_the_ranking() {
    f.placement("home-top", FLOOR);
    f.advertiser("a1");
    f.advertiser("a2");
    f.campaign("a1", "c1", BidType.CPC, 1_000_000);
    f.campaign("a2", "c2", BidType.CPC, 800_000);
    start(DeliveryOptions.DEFAULTS.withExplorationEpsilon(0).withFatigueAware(true));
    // Users who saw c1 0..6 times; their true CTR on c1 falls with the exposures. c2 (never seen)
    // is clicked at 6%, about c1's average.
    double[] ctrByExposures = {0.12, 0.09, 0.07, 0.05, 0.04, 0.02, 0.02};
    for (int u = 0; u < 700; u++) {
      exposed("u" + u, "c1", u % 7);
    }
    Random random = new Random(SEED);
    for (int i = 0; i < 4_000; i++) {
      // a request a second: unclicked ads release their click holds as time passes
      f.clock.advance(Duration.ofSeconds(1));
      int u = random.nextInt(700);
      for (ServedAdView ad : f.decisions.decide(request("u" + u, true, 1)).ads()) {
        f.tracking.impression(ad.impressionToken());
        double ctr = ad.campaignId().equals("c1") ? ctrByExposures[u % 7] : 0.06;
        if (random.nextDouble() < ctr) {
          f.tracking.click(ad.clickToken());
        }
      }
    }

    double[] m = f.deliveries.fatigue().multipliers();
    assertThat(m[0]).as("seed " + SEED).isGreaterThan(m[1]);
    assertThat(m[1]).isGreaterThan(m[2]);
    assertThat(m[2]).isGreaterThan(m[4]);
    assertThat(m[4]).isLessThan(0.7);
    // A fresh user still gets c1; a user who saw it 6 times gets c2, whose smoothed CTR is near
    // c1's.
    exposed("fresh", "c1", 0);
    exposed("tired", "c1", 6);
    assertThat(f.decisions.decide(request("fresh", true, 1)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c1");
    assertThat(f.decisions.decide(request("tired", true, 1)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c2");
    // Without consent there is no profile: no fatigue either way.
    assertThat(f.decisions.decide(request("tired", false, 1)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c1");
  }

  @Test
  void a_learned_reserve_rises_above_the_floor_for_a_lone_bidder_and_never_falls_below_it() {
    f.placement("home-top", FLOOR);
    f.advertiser("a1");
    f.campaign("a1", "c1", BidType.CPM, 3_000_000);
    start(DeliveryOptions.DEFAULTS.withExplorationEpsilon(0).withLearnedReserve(true));

    long firstPrice = f.decisions.decide(request("u0", false, 1)).ads().getFirst().priceMicros();
    long lastPrice = 0;
    for (int i = 1; i <= LearnedReservePrices.MIN_SAMPLES; i++) {
      lastPrice = f.decisions.decide(request("u" + i, false, 1)).ads().getFirst().priceMicros();
    }

    assertThat(firstPrice).as("before enough auctions: the floor").isEqualTo(FLOOR);
    assertThat(lastPrice).as("one bidder: the reserve extracts its bid").isEqualTo(3_000_000);
  }

  @Test
  void a_cpc_ad_holds_its_click_price_until_clicked_or_the_hold_ends() {
    long budget = 1_000_000L;
    f.placement("home-top", FLOOR);
    f.advertiser("a1");
    f.campaign(
        "a1",
        "c1",
        new Bid(BidType.CPC, 500_000),
        new Budget(null, budget),
        null,
        Targeting.everyone());
    start(DeliveryOptions.DEFAULTS.withExplorationEpsilon(0));

    // The clock stands still: every served ad holds its click price, so the campaign is served
    // until the holds fill its budget, then no more.
    List<ServedAdView> served = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      List<ServedAdView> ads = f.decisions.decide(request("u" + i, false, 1)).ads();
      if (ads.isEmpty()) {
        break;
      }
      served.add(ads.getFirst());
    }
    long price = served.getFirst().priceMicros();
    assertThat(served).hasSizeLessThan(10_000).allMatch(ad -> ad.priceMicros() == price);
    assertThat(served.size() * price).isLessThanOrEqualTo(budget);
    assertThat((served.size() + 1) * price).isGreaterThan(budget);
    // a click within the hold is charged in full
    assertThat(f.tracking.click(served.getFirst().clickToken()).chargedMicros()).isEqualTo(price);
    // the unclicked ads' holds end: the budget left after the click is free again
    f.clock.advance(BudgetReservations.CLICK_HOLD.plusSeconds(1));
    assertThat(f.decisions.decide(request("later", false, 1)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c1");
  }

  /** Three advertisers whose creatives all share the fixture's category "sports". */
  private void threeSportsAdvertisers(boolean exclusivePlacement) {
    f.placement("home-top", FLOOR, exclusivePlacement);
    for (String a : List.of("a1", "a2", "a3")) {
      f.advertiser(a);
    }
    f.campaign(
        "a1",
        "c1",
        new Bid(BidType.CPM, 3_000_000),
        new Budget(null, 1_000_000_000L),
        null,
        Targeting.everyone());
    f.campaign("a2", "c2", BidType.CPM, 2_000_000);
    f.campaign("a3", "c3", BidType.CPM, 1_000_000);
    start(DeliveryOptions.DEFAULTS.withExplorationEpsilon(0));
  }

  private static AdRequest exclusive(String userId, int slots, Boolean categoryExclusive) {
    return new AdRequest(
        "home-top",
        new AdRequest.User(userId, null, null, null, null, false),
        null,
        slots,
        categoryExclusive);
  }

  @Test
  void a_category_exclusive_placement_shows_one_ad_per_category_in_a_response() {
    threeSportsAdvertisers(true);

    List<ServedAdView> ads = f.decisions.decide(request("u", false, 3)).ads();

    assertThat(ads).extracting(ServedAdView::campaignId).containsExactly("c1");
    // c2 competed for the slot (same category), so it sets the price.
    assertThat(ads.getFirst().priceMicros()).isEqualTo(2_000_000);
  }

  @Test
  void a_request_decides_exclusivity_for_its_own_response_over_the_placement() {
    threeSportsAdvertisers(true);
    assertThat(f.decisions.decide(exclusive("u1", 3, false)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c1", "c2", "c3");
    assertThat(f.decisions.decide(exclusive("u2", 3, null)).ads()).hasSize(1);
  }

  @Test
  void a_request_may_ask_for_exclusivity_on_a_shared_placement() {
    threeSportsAdvertisers(false);
    assertThat(f.decisions.decide(exclusive("u1", 3, true)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c1");
    assertThat(f.decisions.decide(request("u2", false, 3)).ads())
        .extracting(ServedAdView::campaignId)
        .containsExactly("c1", "c2", "c3");
  }
}
