package io.aimpoint.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.testkit.Concurrently;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link Ledger} contract for charging, spend, statistics and creative totals; budget
 * reservations are in {@link LedgerReservationContract}, which an implementation runs as well.
 * Subclasses provide a fresh, empty ledger; {@link #cleanUp} runs after the ledger of a test (or of
 * one property try) is closed. Statistics are kept per hour, so ranges here are whole hours.
 *
 * <p>The jqwik property runs outside JUnit Jupiter's lifecycle: it opens and closes its own ledger
 * per try, so {@link #newLedger} must not rely on Jupiter extensions such as {@code @TempDir}.
 */
public abstract class LedgerContract {
  static final Instant DAY1 = Instant.parse("2025-03-10T00:00:00Z");
  static final Instant DAY2 = Instant.parse("2025-03-11T00:00:00Z");
  static final LocalDate DAY1_DATE = LocalDate.parse("2025-03-10");
  static final LocalDate DAY2_DATE = LocalDate.parse("2025-03-11");

  protected Ledger ledger;

  protected abstract Ledger newLedger() throws Exception;

  /** Releases what {@link #newLedger} opened beyond the ledger itself. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openLedger() throws Exception {
    ledger = newLedger();
  }

  @AfterEach
  void closeLedger() throws Exception {
    ledger.close();
    cleanUp();
  }

  @Test
  void charges_the_requested_amount_while_the_budget_lasts() {
    Budget budget = new Budget(1_000_000L, 5_000_000L);

    RecordResult first = ledger.record(imp("k1", "c1", at(DAY1, 10)), budget);
    RecordResult second = ledger.record(click("k2", "c1", at(DAY1, 11), 300_000), budget);

    assertThat(first).isEqualTo(new RecordResult(false, 1_000));
    assertThat(second).isEqualTo(new RecordResult(false, 300_000));
    assertThat(ledger.spend("c1", DAY1_DATE)).isEqualTo(new CampaignSpend(301_000, 301_000));
  }

  @Test
  void a_repeated_key_changes_nothing_and_returns_the_first_result_marked_duplicate() {
    Budget budget = new Budget(1_000_000L, null);
    ledger.record(click("k1", "c1", at(DAY1, 10), 400_000), budget);

    RecordResult again = ledger.record(click("k1", "c1", at(DAY1, 11), 999_999), budget);

    assertThat(again).isEqualTo(new RecordResult(true, 400_000));
    assertThat(ledger.spend("c1", DAY1_DATE)).isEqualTo(new CampaignSpend(400_000, 400_000));
    assertThat(ledger.stats("c1", DAY1, DAY2, Granularity.DAY))
        .containsExactly(new DeliveryStats(DAY1, 0, 1, 0, 400_000));
  }

  @Test
  void the_charge_is_capped_at_the_daily_budget_and_later_events_still_count() {
    Budget budget = new Budget(1_000_000L, 10_000_000L);
    ledger.record(click("k1", "c1", at(DAY1, 1), 700_000), budget);

    RecordResult partial = ledger.record(click("k2", "c1", at(DAY1, 2), 700_000), budget);
    RecordResult nothing = ledger.record(click("k3", "c1", at(DAY1, 3), 700_000), budget);

    assertThat(partial).isEqualTo(new RecordResult(false, 300_000));
    assertThat(nothing).isEqualTo(new RecordResult(false, 0));
    assertThat(ledger.spend("c1", DAY1_DATE)).isEqualTo(new CampaignSpend(1_000_000, 1_000_000));
    assertThat(ledger.stats("c1", DAY1, DAY2, Granularity.DAY))
        .containsExactly(new DeliveryStats(DAY1, 0, 3, 0, 1_000_000));
  }

  @Test
  void the_daily_budget_starts_again_at_midnight_utc() {
    Budget budget = new Budget(1_000_000L, 10_000_000L);
    Instant lastSecondOfDay1 = DAY2.minusSeconds(1);
    ledger.record(click("k1", "c1", lastSecondOfDay1, 900_000), budget);

    RecordResult capped = ledger.record(click("k2", "c1", lastSecondOfDay1, 900_000), budget);
    RecordResult nextDay = ledger.record(click("k3", "c1", DAY2, 900_000), budget);

    assertThat(capped.chargedMicros()).isEqualTo(100_000);
    assertThat(nextDay.chargedMicros()).isEqualTo(900_000);
    assertThat(ledger.spend("c1", DAY1_DATE)).isEqualTo(new CampaignSpend(1_000_000, 1_900_000));
    assertThat(ledger.spend("c1", DAY2_DATE)).isEqualTo(new CampaignSpend(900_000, 1_900_000));
  }

  @Test
  void the_charge_is_capped_at_the_lifetime_budget_across_days() {
    Budget budget = new Budget(1_000_000L, 1_500_000L);
    ledger.record(click("k1", "c1", at(DAY1, 1), 1_000_000), budget);

    RecordResult partial = ledger.record(click("k2", "c1", at(DAY2, 1), 800_000), budget);
    RecordResult nothing = ledger.record(click("k3", "c1", at(DAY2, 2), 800_000), budget);

    assertThat(partial.chargedMicros()).isEqualTo(500_000);
    assertThat(nothing.chargedMicros()).isZero();
    assertThat(ledger.spend("c1", DAY2_DATE)).isEqualTo(new CampaignSpend(500_000, 1_500_000));
  }

  @Test
  void a_missing_limit_does_not_cap() {
    Budget lifetimeOnly = new Budget(null, 3_000_000L);
    Budget dailyOnly = new Budget(2_000_000L, null);

    ledger.record(click("a1", "life", at(DAY1, 1), 2_500_000), lifetimeOnly);
    RecordResult lifeCapped =
        ledger.record(click("a2", "life", at(DAY1, 2), 2_500_000), lifetimeOnly);
    ledger.record(click("b1", "daily", at(DAY1, 1), 2_000_000), dailyOnly);
    RecordResult nextDay = ledger.record(click("b2", "daily", at(DAY2, 1), 2_000_000), dailyOnly);

    assertThat(lifeCapped.chargedMicros()).isEqualTo(500_000);
    assertThat(nextDay.chargedMicros()).isEqualTo(2_000_000);
    assertThat(ledger.spend("daily", DAY2_DATE)).isEqualTo(new CampaignSpend(2_000_000, 4_000_000));
  }

  @Test
  void campaigns_spend_their_own_budgets() {
    Budget budget = new Budget(1_000_000L, null);
    ledger.record(click("k1", "c1", at(DAY1, 1), 1_000_000), budget);

    RecordResult other = ledger.record(click("k2", "c2", at(DAY1, 1), 600_000), budget);

    assertThat(other.chargedMicros()).isEqualTo(600_000);
    assertThat(ledger.spend("c2", DAY1_DATE)).isEqualTo(new CampaignSpend(600_000, 600_000));
  }

  @Test
  void an_unknown_campaign_has_spent_nothing() {
    assertThat(ledger.spend("nope", DAY1_DATE)).isEqualTo(CampaignSpend.NONE);
    assertThat(ledger.stats("nope", DAY1, DAY2, Granularity.HOUR)).isEmpty();
  }

  @Test
  void stats_count_events_and_spend_per_hour_and_per_day_in_time_order() {
    Budget budget = new Budget(100_000_000L, null);
    ledger.record(imp("i1", "c1", at(DAY1, 9 * 60 + 5)), budget);
    ledger.record(imp("i2", "c1", at(DAY1, 9 * 60 + 59)), budget);
    ledger.record(click("k1", "c1", at(DAY1, 9 * 60 + 30), 200_000), budget);
    ledger.record(imp("i3", "c1", at(DAY1, 13 * 60)), budget);
    ledger.record(record("v1", DeliveryKind.CONVERSION, "c1", "cr1", at(DAY1, 13 * 60), 0), budget);
    ledger.record(imp("i4", "c1", at(DAY2, 60)), budget);
    ledger.record(imp("other", "c2", at(DAY1, 9 * 60)), budget);

    assertThat(ledger.stats("c1", DAY1, DAY2.plusSeconds(86_400), Granularity.HOUR))
        .containsExactly(
            new DeliveryStats(at(DAY1, 9 * 60), 2, 1, 0, 202_000),
            new DeliveryStats(at(DAY1, 13 * 60), 1, 0, 1, 1_000),
            new DeliveryStats(at(DAY2, 60), 1, 0, 0, 1_000));
    assertThat(ledger.stats("c1", DAY1, DAY2.plusSeconds(86_400), Granularity.DAY))
        .containsExactly(
            new DeliveryStats(DAY1, 3, 1, 1, 203_000), new DeliveryStats(DAY2, 1, 0, 0, 1_000));
  }

  @Test
  void stats_include_only_buckets_inside_the_range() {
    Budget budget = new Budget(100_000_000L, null);
    ledger.record(imp("i1", "c1", at(DAY1, 8 * 60 + 59)), budget);
    ledger.record(imp("i2", "c1", at(DAY1, 9 * 60)), budget);
    ledger.record(imp("i3", "c1", at(DAY1, 10 * 60 + 59)), budget);
    ledger.record(imp("i4", "c1", at(DAY1, 11 * 60)), budget);

    assertThat(ledger.stats("c1", at(DAY1, 9 * 60), at(DAY1, 11 * 60), Granularity.HOUR))
        .extracting(DeliveryStats::bucketStart)
        .containsExactly(at(DAY1, 9 * 60), at(DAY1, 10 * 60));
    assertThat(ledger.stats("c1", at(DAY1, 12 * 60), at(DAY1, 20 * 60), Granularity.HOUR))
        .isEmpty();
  }

  @Test
  void creative_totals_sum_each_creative_over_its_lifetime() {
    Budget budget = new Budget(100_000_000L, null);
    ledger.record(record("a", DeliveryKind.IMPRESSION, "c1", "cr1", at(DAY1, 1), 1_000), budget);
    ledger.record(record("b", DeliveryKind.IMPRESSION, "c1", "cr1", at(DAY2, 1), 1_000), budget);
    ledger.record(record("c", DeliveryKind.CLICK, "c1", "cr1", at(DAY2, 2), 0), budget);
    ledger.record(record("d", DeliveryKind.CONVERSION, "c1", "cr2", at(DAY1, 3), 50_000), budget);
    ledger.record(record("e", DeliveryKind.IMPRESSION, "c2", "cr9", at(DAY1, 3), 2_000), budget);
    ledger.record(record("e", DeliveryKind.IMPRESSION, "c2", "cr9", at(DAY1, 3), 2_000), budget);

    assertThat(ledger.creativeTotals())
        .containsExactlyInAnyOrder(
            new CreativeTotals("c1", "cr1", 2, 1, 0, 2_000),
            new CreativeTotals("c1", "cr2", 0, 0, 1, 50_000),
            new CreativeTotals("c2", "cr9", 1, 0, 0, 2_000));
  }

  @Test
  void many_threads_never_overspend_and_charge_each_key_once() {
    Budget budget = new Budget(600_000L, 1_000_000L);
    int threads = 16;
    int perThread = 500;
    ConcurrentHashMap<String, List<RecordResult>> results = new ConcurrentHashMap<>();

    Concurrently.run(
        threads,
        t -> {
          for (int i = 0; i < perThread; i++) {
            // threads t and t+4, t+8, t+12 record the same keys, in different orders
            int n = (t % 4) * perThread + (t < 8 ? i : perThread - 1 - i);
            Instant when = n % 2 == 0 ? at(DAY1, n % 1440) : at(DAY2, n % 1440);
            RecordResult r =
                ledger.record(click("k" + n, "c1", when, 1_000 + (n % 7) * 100), budget);
            results
                .computeIfAbsent("k" + n, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(r);
          }
        });

    long charged = 0;
    AtomicInteger firsts = new AtomicInteger();
    for (var e : results.entrySet()) {
      List<RecordResult> rs;
      synchronized (e.getValue()) {
        rs = List.copyOf(e.getValue());
      }
      assertThat(rs).hasSize(4);
      assertThat(rs).filteredOn(r -> !r.duplicate()).hasSize(1);
      assertThat(rs)
          .extracting(RecordResult::chargedMicros)
          .containsOnly(rs.get(0).chargedMicros());
      charged += rs.get(0).chargedMicros();
      firsts.incrementAndGet();
    }
    CampaignSpend day1 = ledger.spend("c1", DAY1_DATE);
    CampaignSpend day2 = ledger.spend("c1", DAY2_DATE);
    assertThat(firsts).hasValue(2_000);
    assertThat(day1.lifetimeMicros()).isEqualTo(1_000_000).isEqualTo(charged);
    assertThat(day1.dayMicros()).isLessThanOrEqualTo(600_000);
    assertThat(day2.dayMicros()).isLessThanOrEqualTo(600_000);
    assertThat(day1.dayMicros() + day2.dayMicros()).isEqualTo(charged);
    assertThat(ledger.stats("c1", DAY1, DAY2.plusSeconds(86_400), Granularity.DAY))
        .extracting(DeliveryStats::clicks)
        .containsExactly(1_000L, 1_000L);
  }

  /** One delivery to record in a property try. */
  record Charge(int keyIndex, int hourOffset, long requestedMicros) {}

  @Provide
  Arbitrary<List<Charge>> charges() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 71),
            Arbitraries.longs().between(0, 3_000_000))
        .as(Charge::new)
        .list()
        .ofMaxSize(120);
  }

  @Provide
  Arbitrary<Budget> budgets() {
    Arbitrary<Long> limit = Arbitraries.longs().between(1, 20_000_000).injectNull(0.25);
    return Combinators.combine(limit, limit)
        .as(Budget::new)
        .filter(b -> b.dailyMicros() != null || b.lifetimeMicros() != null);
  }

  /**
   * Against a model of the book: each key is charged once, the charge is the request capped by what
   * is left of the day's and the lifetime budget, and the recorded spend is the sum of the charges.
   */
  @Property(tries = 40, seed = "20250310")
  void spend_is_the_sum_of_charges_and_never_exceeds_the_budget(
      @ForAll("charges") List<Charge> charges, @ForAll("budgets") Budget budget) throws Exception {
    Ledger book = newLedger();
    try {
      Map<String, Long> firstCharge = new HashMap<>();
      Map<LocalDate, Long> modelDay = new HashMap<>();
      long modelLifetime = 0;
      for (Charge c : charges) {
        String key = "k" + c.keyIndex();
        Instant when = DAY1.plusSeconds(3600L * c.hourOffset() + c.keyIndex());
        RecordResult r = book.record(click(key, "c1", when, c.requestedMicros()), budget);
        if (firstCharge.containsKey(key)) {
          assertThat(r).isEqualTo(new RecordResult(true, firstCharge.get(key)));
          continue;
        }
        LocalDate day = LocalDate.ofInstant(when, ZoneOffset.UTC);
        long expected =
            modelCharge(c.requestedMicros(), budget, modelDay.getOrDefault(day, 0L), modelLifetime);
        assertThat(r).isEqualTo(new RecordResult(false, expected));
        firstCharge.put(key, expected);
        modelDay.merge(day, expected, Long::sum);
        modelLifetime += expected;
      }
      long sum = firstCharge.values().stream().mapToLong(Long::longValue).sum();
      for (int d = 0; d < 3; d++) {
        LocalDate day = DAY1_DATE.plusDays(d);
        CampaignSpend spend = book.spend("c1", day);
        assertThat(spend.lifetimeMicros()).isEqualTo(sum);
        assertThat(spend.dayMicros()).isEqualTo(modelDay.getOrDefault(day, 0L));
        if (budget.dailyMicros() != null) {
          assertThat(spend.dayMicros()).isLessThanOrEqualTo(budget.dailyMicros());
        }
      }
      if (budget.lifetimeMicros() != null) {
        assertThat(sum).isLessThanOrEqualTo(budget.lifetimeMicros());
      }
      long statsSpend =
          book.stats("c1", DAY1, DAY1.plusSeconds(3 * 86_400), Granularity.HOUR).stream()
              .mapToLong(DeliveryStats::spendMicros)
              .sum();
      assertThat(statsSpend).isEqualTo(sum);
    } finally {
      book.close();
      cleanUp();
    }
  }

  private static long modelCharge(
      long requested, Budget budget, long spentToday, long spentLifetime) {
    long left = requested;
    if (budget.dailyMicros() != null) {
      left = Math.min(left, budget.dailyMicros() - spentToday);
    }
    if (budget.lifetimeMicros() != null) {
      left = Math.min(left, budget.lifetimeMicros() - spentLifetime);
    }
    return Math.max(0, left);
  }

  static Instant at(Instant day, int minutes) {
    return day.plusSeconds(60L * minutes);
  }

  static DeliveryRecord imp(String key, String campaignId, Instant at) {
    return record(key, DeliveryKind.IMPRESSION, campaignId, "cr1", at, 1_000);
  }

  static DeliveryRecord click(String key, String campaignId, Instant at, long micros) {
    return record(key, DeliveryKind.CLICK, campaignId, "cr1", at, micros);
  }

  static DeliveryRecord record(
      String key,
      DeliveryKind kind,
      String campaignId,
      String creativeId,
      Instant at,
      long micros) {
    return new DeliveryRecord(key, kind, "adv-1", campaignId, creativeId, at, micros);
  }
}
