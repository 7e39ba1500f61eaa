package io.aimpoint.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.EngineOptions;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.BudgetReservations;
import io.aimpoint.engine.decision.DeliveryOptions;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.tracking.TrackResult;
import io.aimpoint.testkit.Concurrently;
import io.aimpoint.testkit.FakeClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many concurrent deciders and trackers against a real engine on the embedded stores, with the
 * stores closed and reopened on the same data directory in the middle (tokens issued before the
 * restart are tracked after it). Spend must never exceed a budget, every CPM impression (whose
 * reservation was open) must be charged its full price (reservations make charges exact), no charge
 * may exceed its price, and the ledger must hold exactly the first charges the tracking results
 * reported, each once.
 */
class BudgetStressTest {
  static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
  static final long SEED = 20250311L;
  static final int THREADS = 6;
  static final int DECISIONS_PER_THREAD = 60;
  static final long CPM_DAILY = 40_000;
  static final long CPC_LIFETIME = 3_000_000;

  @TempDir Path dir;
  final FakeClock clock = new FakeClock(T0);
  final Map<String, Long> firstCharges = new ConcurrentHashMap<>();
  final Map<String, Long> expectedCharges = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<ServedAdView> issued = new ConcurrentLinkedQueue<>();

  @Test
  void concurrent_deciders_across_a_restart_never_overspend_nor_lose_or_double_a_charge() {
    try (EmbeddedStores stores = EmbeddedStores.open(dir, clock)) {
      setUp(stores);
      runPhase(stores, 0);
    }
    try (EmbeddedStores stores = EmbeddedStores.open(dir, clock)) {
      List<ServedAdView> beforeRestart = List.copyOf(issued);
      try (Engine engine = engine(stores)) {
        for (ServedAdView ad : beforeRestart) {
          track(engine, ad, true);
        }
      }
      runPhase(stores, 1);
      try (Engine engine = engine(stores)) {
        for (ServedAdView ad : List.copyOf(issued)) {
          assertThat(engine.tracking().impression(ad.impressionToken()).duplicate()).isTrue();
        }
      }
      LocalDate day = LocalDate.ofInstant(T0, ZoneOffset.UTC);
      long cpm = stores.ledger().spend("cpm", day).dayMicros();
      long cpc = stores.ledger().spend("cpc", day).lifetimeMicros();
      assertThat(cpm).as("seed %d", SEED).isLessThanOrEqualTo(CPM_DAILY).isEqualTo(sum("cpm"));
      assertThat(cpc).as("seed %d", SEED).isLessThanOrEqualTo(CPC_LIFETIME).isEqualTo(sum("cpc"));
      assertThat(firstCharges)
          .as("every reserved charge exactly as reserved")
          .containsAllEntriesOf(expectedCharges);
      assertThat(cpm)
          .as("the CPM budget must run out to mean anything")
          .isGreaterThan(CPM_DAILY - 2_000);
    }
  }

  private void runPhase(EmbeddedStores stores, int phase) {
    try (Engine engine = engine(stores)) {
      Concurrently.run(
          THREADS,
          thread -> {
            Random random = new Random(SEED + phase * 100 + thread);
            for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
              AdRequest request =
                  new AdRequest(
                      "home-top",
                      new AdRequest.User(
                          "u" + phase + "-" + thread + "-" + i, null, null, null, null, false),
                      null,
                      2);
              for (ServedAdView ad : engine.decisions().decide(request).ads()) {
                issued.offer(ad);
                // Phase 0 leaves a third of its ads untracked until after the restart.
                if (phase == 1 || random.nextInt(3) != 0) {
                  track(engine, ad, random.nextInt(3) == 0);
                }
              }
            }
          });
    }
  }

  private void track(Engine engine, ServedAdView ad, boolean click) {
    record(ad, "imp", ad.impressionToken(), engine.tracking()::impression, BidType.CPM);
    if (click) {
      record(ad, "clk", ad.clickToken(), engine.tracking()::click, BidType.CPC);
    }
  }

  private void record(
      ServedAdView ad,
      String kind,
      String token,
      Function<String, TrackResult> track,
      BidType billable) {
    TrackResult r = track.apply(token);
    TrackResult again = track.apply(token);
    assertThat(again.duplicate()).isTrue();
    assertThat(again.chargedMicros()).isEqualTo(r.chargedMicros());
    if (r.duplicate() || !ad.bidType().equals(billable.name())) {
      return;
    }
    long maxCharge = BudgetReservations.maxChargeMicros(billable, ad.priceMicros());
    assertThat(r.chargedMicros()).isBetween(0L, maxCharge);
    firstCharges.merge(ad.campaignId() + ":sum", r.chargedMicros(), Long::sum);
    if (BudgetReservations.reservedMicros(billable, ad.priceMicros()) > 0) {
      // A reserved charge (CPM impression, CPC click within its hold) is exact, never cut.
      String key = kind + ":" + ad.impressionToken();
      firstCharges.put(key, r.chargedMicros());
      expectedCharges.put(key, maxCharge);
    }
  }

  private long sum(String campaignId) {
    return firstCharges.getOrDefault(campaignId + ":sum", 0L);
  }

  private Engine engine(EmbeddedStores s) {
    Stores stores =
        new Stores(s.campaigns(), s.apiKeys(), s.events(), s.profiles(), s.counters(), s.ledger());
    EngineConfig config =
        EngineConfig.defaults(
            "pseudonym-key-for-stress".getBytes(StandardCharsets.UTF_8),
            "tracking-key-for-stress".getBytes(StandardCharsets.UTF_8),
            clock);
    return new Engine(
        stores,
        config,
        null,
        EngineOptions.defaults().withDelivery(DeliveryOptions.DEFAULTS.withSeed(SEED)));
  }

  private void setUp(EmbeddedStores s) {
    s.campaigns().createAdvertiser(new Advertiser("a", "Adv a", null, Status.ACTIVE, T0, T0, 1));
    s.campaigns().createAdvertiser(new Advertiser("b", "Adv b", null, Status.ACTIVE, T0, T0, 1));
    campaign(s, "a", "cpm", new Bid(BidType.CPM, 2_000_000), new Budget(CPM_DAILY, null));
    campaign(s, "b", "cpc", new Bid(BidType.CPC, 400_000), new Budget(null, CPC_LIFETIME));
  }

  private static void campaign(EmbeddedStores s, String adv, String id, Bid bid, Budget budget) {
    s.campaigns()
        .createCampaign(
            new Campaign(
                id,
                adv,
                "Campaign " + id,
                Status.ACTIVE,
                null,
                null,
                null,
                budget,
                PacingMode.ASAP,
                bid,
                null,
                Targeting.everyone(),
                T0,
                T0,
                1));
    s.campaigns()
        .createCreative(
            new Creative(
                id + "-cr",
                id,
                adv,
                "Title " + id,
                "Body",
                null,
                "https://shop.example.com/p?c=" + id,
                "sports",
                null,
                List.of("shoes"),
                null,
                Status.ACTIVE,
                T0,
                T0,
                1));
  }
}
