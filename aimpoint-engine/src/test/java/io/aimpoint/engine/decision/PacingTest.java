package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.pacing.PidGains;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Pacing through the decision and tracking services: steady traffic (one request every 10 s, each
 * shown ad tracked) against one campaign that could spend its daily budget in 2 hours.
 */
class PacingTest {
  /** 10 per mille at a floor of 10 per mille: every impression costs 10,000 micros. */
  private static final long CPM = 10_000_000L;

  private static final long IMPRESSION = CPM / 1000;

  /** 720 impressions' worth; the traffic brings 360 requests an hour. */
  private static final long DAILY = 720 * IMPRESSION;

  private static final Instant MIDNIGHT = Instant.parse("2025-03-11T00:00:00Z");

  private final DecisionFixture f = new DecisionFixture();

  private void start(PacingMode pacing) {
    f.placement("home-top", CPM);
    f.advertiser("a1");
    f.stores
        .campaigns()
        .createCampaign(
            new Campaign(
                "c1",
                "a1",
                "Campaign c1",
                Status.ACTIVE,
                null,
                null,
                null,
                new Budget(DAILY, null),
                pacing,
                new Bid(BidType.CPM, CPM),
                null,
                Targeting.everyone(),
                DecisionFixture.T0,
                DecisionFixture.T0,
                1));
    f.creative("a1", "c1", "c1-cr", "https://shop.example.com/p?c=c1");
    f.start();
    DeliveryCache deliveries = f.deliveries;
    f.decisions =
        new DecisionService(
            f.stores,
            f.config,
            new DecisionStages(
                f.catalog, deliveries, DecisionPipeline.standard(f.catalog, deliveries)),
            new Pacer(deliveries, PidGains.DEFAULTS, 7),
            DeliveryOptions.DEFAULTS);
    f.clock.set(MIDNIGHT);
  }

  /** Plays steady traffic until {@code hours} after midnight; returns the spend today. */
  private long trafficUntil(double hours) {
    return trafficUntil(MIDNIGHT, hours);
  }

  /** Plays steady traffic until {@code hours} after {@code midnight}; returns that day's spend. */
  private long trafficUntil(Instant midnight, double hours) {
    Instant until = midnight.plusSeconds((long) (hours * 3600));
    int i = 0;
    while (f.clock.instant().isBefore(until)) {
      DecisionResult result = f.decisions.decide(DecisionFixture.request("u" + (i++ % 500), 1));
      for (ServedAdView ad : result.ads()) {
        f.tracking.impression(ad.impressionToken());
      }
      f.clock.advance(Duration.ofSeconds(10));
    }
    return f.stores.ledger().spend("c1", LocalDate.ofInstant(midnight, ZoneOffset.UTC)).dayMicros();
  }

  @Test
  void an_even_campaign_spends_close_to_the_plan_through_the_day_not_all_in_the_first_hour() {
    start(PacingMode.EVEN);

    long firstHour = trafficUntil(1);
    long midday = trafficUntil(12);
    long endOfDay = trafficUntil(24);

    // Without a learned curve the plan is uniform: 1/24 of the budget per hour. The controller
    // starts at full participation, so the first minutes overshoot (ASAP would spend 50% here)
    // before it throttles and lets the plan catch up.
    assertThat(firstHour).isLessThan(DAILY / 4);
    assertThat(midday).isBetween(DAILY * 45 / 100, DAILY * 55 / 100);
    assertThat(endOfDay).isGreaterThanOrEqualTo(DAILY * 98 / 100);
  }

  @Test
  void the_next_day_starts_at_the_participation_of_the_day_before_not_at_full() {
    start(PacingMode.EVEN);
    trafficUntil(24);
    Instant nextMidnight = MIDNIGHT.plus(Duration.ofDays(1));

    long firstHour = trafficUntil(nextMidnight, 1);
    long midday = trafficUntil(nextMidnight, 12);

    // Day 1 ran at about a third of the traffic once on plan, so day 2 starts there: its first
    // hour spends near the plan's 1/24 (4.2%) instead of the ~21% of a start at full participation.
    assertThat(firstHour).isBetween(DAILY * 2 / 100, DAILY * 8 / 100);
    assertThat(midday).isBetween(DAILY * 45 / 100, DAILY * 55 / 100);
  }

  @Test
  void an_asap_campaign_spends_as_fast_as_the_traffic_allows() {
    start(PacingMode.ASAP);

    long firstHour = trafficUntil(1);
    long third = trafficUntil(3);

    assertThat(firstHour).isEqualTo(360 * IMPRESSION);
    assertThat(third).isEqualTo(DAILY);
  }
}
