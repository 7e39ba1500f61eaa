package io.aimpoint.testkit.contract;

import static io.aimpoint.testkit.contract.LedgerContract.DAY1;
import static io.aimpoint.testkit.contract.LedgerContract.DAY1_DATE;
import static io.aimpoint.testkit.contract.LedgerContract.DAY2;
import static io.aimpoint.testkit.contract.LedgerContract.DAY2_DATE;
import static io.aimpoint.testkit.contract.LedgerContract.click;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.ledger.Reservation;
import io.aimpoint.core.ledger.ReservationRequest;
import io.aimpoint.core.ledger.ReservationState;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.testkit.Concurrently;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget reservation part of the {@link Ledger} contract: {@link Ledger#reserve}, {@link
 * Ledger#release}, {@link Ledger#releaseExpired}, {@link Ledger#reservation}, {@link
 * Ledger#reserved}, and records that commit a reservation. The charging, statistics and totals part
 * is {@link LedgerContract}; an implementation runs both. Subclasses provide a fresh, empty ledger;
 * {@link #cleanUp} runs after the ledger of a test is closed.
 */
public abstract class LedgerReservationContract {
  static final Budget DAILY_10K = new Budget(10_000L, null);

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

  static ReservationRequest hold(String id, String campaignId, Instant at, long micros) {
    return new ReservationRequest(id, campaignId, at, micros, at.plusSeconds(600));
  }

  static DeliveryRecord committing(String key, String reservationId, Instant at, long micros) {
    return new DeliveryRecord(
        key, DeliveryKind.CLICK, "adv-1", "c1", "cr1", at, micros, reservationId);
  }

  @Test
  void reserves_while_spend_and_open_reservations_leave_room() {
    Instant at = DAY1.plusSeconds(10);
    assertThat(ledger.reserve(hold("r1", "c1", at, 6_000), DAILY_10K)).isPresent();
    assertThat(ledger.reserve(hold("r2", "c1", at, 4_000), DAILY_10K)).isPresent();
    assertThat(ledger.reserve(hold("r3", "c1", at, 1), DAILY_10K)).isEmpty();
    assertThat(ledger.reserved("c1", DAY1_DATE, at)).isEqualTo(new CampaignSpend(10_000, 10_000));
    assertThat(ledger.reservation("r3")).isEmpty();
  }

  @Test
  void reserving_is_idempotent_by_id() {
    Instant at = DAY1.plusSeconds(10);
    Reservation first = ledger.reserve(hold("r1", "c1", at, 6_000), DAILY_10K).orElseThrow();
    assertThat(ledger.reserve(hold("r1", "c1", at, 6_000), DAILY_10K)).contains(first);
    assertThat(ledger.reserved("c1", DAY1_DATE, at).dayMicros()).isEqualTo(6_000);
    assertThat(first.state()).isEqualTo(ReservationState.OPEN);
  }

  @Test
  void spend_counts_against_room_for_reservations_and_reservations_against_unreserved_charges() {
    Instant at = DAY1.plusSeconds(10);
    ledger.record(click("k1", "c1", at, 7_000), DAILY_10K);
    assertThat(ledger.reserve(hold("r1", "c1", at, 4_000), DAILY_10K)).isEmpty();
    assertThat(ledger.reserve(hold("r2", "c1", at, 3_000), DAILY_10K)).isPresent();
    assertThat(ledger.record(click("k2", "c1", at, 500), DAILY_10K).chargedMicros()).isZero();
  }

  @Test
  void a_record_naming_its_reservation_commits_it_and_releases_the_rest() {
    Instant at = DAY1.plusSeconds(10);
    ledger.reserve(hold("r1", "c1", at, 6_000), DAILY_10K);
    ledger.reserve(hold("r2", "c1", at, 4_000), DAILY_10K);
    RecordResult r = ledger.record(committing("k1", "r1", at.plusSeconds(5), 2_500), DAILY_10K);
    assertThat(r).isEqualTo(new RecordResult(false, 2_500));
    Reservation committed = ledger.reservation("r1").orElseThrow();
    assertThat(committed.state()).isEqualTo(ReservationState.COMMITTED);
    assertThat(committed.chargedMicros()).isEqualTo(2_500);
    assertThat(ledger.reserved("c1", DAY1_DATE, at.plusSeconds(5)).dayMicros()).isEqualTo(4_000);
    assertThat(ledger.reserve(hold("r3", "c1", at, 3_500), DAILY_10K)).isPresent();
    assertThat(ledger.spend("c1", DAY1_DATE).dayMicros()).isEqualTo(2_500);
  }

  @Test
  void a_committed_charge_is_capped_at_the_reserved_amount_and_never_cut_by_the_budget() {
    Instant at = DAY1.plusSeconds(10);
    ledger.reserve(hold("r1", "c1", at, 4_000), DAILY_10K);
    ledger.reserve(hold("r2", "c1", at, 6_000), DAILY_10K);
    assertThat(ledger.record(committing("k1", "r1", at, 9_000), DAILY_10K).chargedMicros())
        .isEqualTo(4_000);
    assertThat(ledger.record(committing("k2", "r2", at, 6_000), DAILY_10K).chargedMicros())
        .isEqualTo(6_000);
    assertThat(ledger.spend("c1", DAY1_DATE).dayMicros()).isEqualTo(10_000);
  }

  @Test
  void a_replayed_commit_is_a_duplicate_and_a_reservation_commits_once() {
    Instant at = DAY1.plusSeconds(10);
    ledger.reserve(hold("r1", "c1", at, 4_000), DAILY_10K);
    ledger.record(committing("k1", "r1", at, 4_000), DAILY_10K);
    assertThat(ledger.record(committing("k1", "r1", at, 4_000), DAILY_10K))
        .isEqualTo(new RecordResult(true, 4_000));
    // A second key naming the committed reservation is an unreserved charge.
    assertThat(ledger.record(committing("k2", "r1", at, 7_000), DAILY_10K).chargedMicros())
        .isEqualTo(6_000);
    assertThat(ledger.spend("c1", DAY1_DATE).dayMicros()).isEqualTo(10_000);
    assertThat(ledger.release("r1")).isFalse();
  }

  @Test
  void released_and_expired_reservations_hold_nothing() {
    Instant at = DAY1.plusSeconds(10);
    ledger.reserve(hold("r1", "c1", at, 5_000), DAILY_10K);
    ledger.reserve(new ReservationRequest("r2", "c1", at, 5_000, at.plusSeconds(60)), DAILY_10K);
    assertThat(ledger.release("r1")).isTrue();
    assertThat(ledger.release("r1")).isFalse();
    assertThat(ledger.reservation("r1").orElseThrow().state()).isEqualTo(ReservationState.RELEASED);
    Instant later = at.plusSeconds(60);
    assertThat(ledger.reserved("c1", DAY1_DATE, later)).isEqualTo(CampaignSpend.NONE);
    assertThat(ledger.reserve(hold("r3", "c1", later, 10_000), DAILY_10K)).isPresent();
    assertThat(ledger.record(committing("k1", "r2", later, 5_000), DAILY_10K).chargedMicros())
        .isZero();
    assertThat(ledger.releaseExpired(later)).isEqualTo(1);
    assertThat(ledger.releaseExpired(later)).isZero();
    assertThat(ledger.reservation("r2").orElseThrow().state()).isEqualTo(ReservationState.RELEASED);
  }

  @Test
  void lifetime_reservations_span_days_and_daily_ones_only_their_day() {
    Budget budget = new Budget(6_000L, 10_000L);
    Instant day1 = DAY1.plusSeconds(10);
    Instant day2 = DAY2.plusSeconds(10);
    ledger.reserve(new ReservationRequest("r1", "c1", day1, 6_000, DAY2.plusSeconds(3600)), budget);
    assertThat(ledger.reserve(hold("r2", "c1", day2, 5_000), budget)).isEmpty();
    assertThat(ledger.reserve(hold("r3", "c1", day2, 4_000), budget)).isPresent();
    assertThat(ledger.reserved("c1", DAY2_DATE, day2)).isEqualTo(new CampaignSpend(4_000, 10_000));
  }

  @Test
  void a_reservation_of_another_campaign_is_not_committed() {
    Instant at = DAY1.plusSeconds(10);
    ledger.reserve(hold("r1", "c2", at, 4_000), DAILY_10K);
    ledger.record(committing("k1", "r1", at, 4_000), DAILY_10K);
    assertThat(ledger.reservation("r1").orElseThrow().state()).isEqualTo(ReservationState.OPEN);
  }

  @Test
  void concurrent_reservations_and_commits_never_exceed_the_budget_or_lose_a_commit()
      throws Exception {
    Instant at = DAY1.plusSeconds(10);
    Map<String, Long> committed = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    Concurrently.run(
        8,
        thread -> {
          for (int i = 0; i < 150; i++) {
            reserveAndMaybeCommit(next.getAndIncrement(), at, committed);
          }
        });
    long total = committed.values().stream().mapToLong(Long::longValue).sum();
    assertThat(ledger.spend("c1", DAY1_DATE).dayMicros())
        .isEqualTo(total)
        .isLessThanOrEqualTo(10_000);
    // Released holds free room for later ones: the budget ends up nearly spent.
    assertThat(total).isGreaterThan(10_000 - 1_000);
  }

  private void reserveAndMaybeCommit(int n, Instant at, Map<String, Long> committed) {
    long amount = 100 + (n % 7) * 50;
    if (ledger.reserve(hold("r" + n, "c1", at, amount), DAILY_10K).isPresent()) {
      if (n % 3 == 0) {
        ledger.release("r" + n);
      } else {
        RecordResult r = ledger.record(committing("k" + n, "r" + n, at, amount), DAILY_10K);
        assertThat(r.chargedMicros()).isEqualTo(amount);
        committed.put("k" + n, r.chargedMicros());
      }
    }
  }
}
