package io.aimpoint.engine.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.testkit.Concurrently;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Many threads decide and fire impressions, clicks and replayed tokens (their own and other
 * threads') against two campaigns with small budgets: the ledger must never spend past a budget and
 * must hold exactly the charges reported as first deliveries.
 */
class TrackingConcurrencyTest {
  static final int THREADS = 8;
  static final int DECISIONS_PER_THREAD = 150;
  static final long SEED = 20250310L;
  static final long CPM_BUDGET = 30_000;
  static final long CPC_BUDGET = 1_000_000;

  final DecisionFixture f = new DecisionFixture();
  final Map<String, AtomicLong> charged = new ConcurrentHashMap<>();
  final AtomicLong duplicates = new AtomicLong();
  final ConcurrentLinkedQueue<String[]> shared = new ConcurrentLinkedQueue<>();

  @Test
  void never_spends_past_the_budget_and_charges_each_delivery_once() {
    f.advertiser("a");
    f.advertiser("b");
    f.campaign(
        "a",
        "cpm",
        new Bid(BidType.CPM, 2_000_000),
        new Budget(CPM_BUDGET, null),
        null,
        Targeting.everyone());
    f.campaign(
        "b",
        "cpc",
        new Bid(BidType.CPC, 500_000),
        new Budget(null, CPC_BUDGET),
        null,
        Targeting.everyone());
    f.start();

    Concurrently.run(
        THREADS,
        thread -> {
          Random random = new Random(SEED + thread);
          for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
            for (ServedAdView ad :
                f.decisions.decide(DecisionFixture.request("u" + thread + "-" + i, 2)).ads()) {
              fire(ad.campaignId(), f.tracking::impression, ad.impressionToken());
              // Clicks often enough that the CPC budget is spent or held whatever the interleaving.
              if (random.nextInt(4) == 0) {
                fire(ad.campaignId(), f.tracking::click, ad.clickToken());
              }
              shared.offer(new String[] {ad.campaignId(), ad.impressionToken(), ad.clickToken()});
            }
            replayOneShared(random);
          }
        });

    LocalDate day = LocalDate.ofInstant(f.clock.instant(), ZoneOffset.UTC);
    long cpmSpend = f.stores.ledger().spend("cpm", day).dayMicros();
    long cpcSpend = f.stores.ledger().spend("cpc", day).lifetimeMicros();
    assertThat(cpmSpend)
        .as("seed %d", SEED)
        .isLessThanOrEqualTo(CPM_BUDGET)
        .isEqualTo(charged("cpm"));
    assertThat(cpcSpend)
        .as("seed %d", SEED)
        .isLessThanOrEqualTo(CPC_BUDGET)
        .isEqualTo(charged("cpc"));
    assertThat(cpmSpend)
        .as("the test must exhaust the budget to mean anything")
        .isEqualTo(CPM_BUDGET);
    // Unclicked CPC ads keep their reservations until they expire: spend plus what is still held
    // leaves no room for one more click.
    long cpcHeld = f.stores.ledger().reserved("cpc", day, f.clock.instant()).lifetimeMicros();
    assertThat(cpcSpend + cpcHeld).isGreaterThan(CPC_BUDGET - 500_000);
    assertThat(duplicates.get()).isPositive();
    assertThat(chargesInEventLog()).isEqualTo(cpmSpend + cpcSpend);
  }

  private void fire(String campaignId, Function<String, TrackResult> track, String token) {
    TrackResult r = track.apply(token);
    if (r.duplicate()) {
      duplicates.incrementAndGet();
    } else {
      charged.computeIfAbsent(campaignId, k -> new AtomicLong()).addAndGet(r.chargedMicros());
    }
  }

  /** Replays another thread's tokens, racing their first use. */
  private void replayOneShared(Random random) {
    String[] other = shared.poll();
    if (other == null) {
      return;
    }
    fire(other[0], f.tracking::impression, other[1]);
    if (random.nextInt(10) == 0) {
      fire(other[0], f.tracking::click, other[2]);
    }
    shared.offer(other);
  }

  private long charged(String campaignId) {
    AtomicLong a = charged.get(campaignId);
    return a == null ? 0 : a.get();
  }

  private long chargesInEventLog() {
    long total = 0;
    List<LoggedEvent> events = f.stores.events().read(0, Integer.MAX_VALUE);
    for (LoggedEvent e : events) {
      if (e.event() instanceof AdImpression i) {
        total += i.chargedMicros();
      } else if (e.event() instanceof AdClick c) {
        total += c.chargedMicros();
      }
    }
    return total;
  }
}
