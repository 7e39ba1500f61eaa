package io.aimpoint.core.store;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.ledger.Reservation;
import io.aimpoint.core.ledger.ReservationRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The money book: every counted delivery event and every charge, exactly once, and the budget
 * reservations that keep decisions from promising more than the budget holds.
 *
 * <p>Contract: {@link #record} is idempotent by {@link DeliveryRecord#key()}; a repeated key
 * changes nothing and returns the first result marked duplicate. The charge is capped atomically so
 * that the campaign's spend on the UTC day of {@code occurredAt} never exceeds {@code
 * budget.dailyMicros()} and its lifetime spend never exceeds {@code budget.lifetimeMicros()},
 * whatever the concurrency (also across processes sharing the store). Durable when the call
 * returns.
 *
 * <p>Reservations. A reservation <em>holds</em> budget while it is {@code OPEN} and unexpired
 * ({@link Reservation#holdsAt}). Every operation keeps, per campaign, {@code spend(day) + held(day)
 * <= dailyMicros} and {@code lifetime spend + held <= lifetimeMicros}, where {@code held(day)} sums
 * the holding reservations made on that UTC day: {@link #reserve} refuses what would break it, and
 * a charge is capped by the budget left after what <em>other</em> reservations hold. A record
 * naming a holding reservation of its campaign ({@link DeliveryRecord#reservationId()}) commits it:
 * the charge is at most the reserved amount, the reservation becomes {@code COMMITTED} and the rest
 * of its amount is released in the same atomic step; on the same UTC day such a charge is therefore
 * never cut by the budget. A record naming a missing, closed or expired reservation is charged like
 * one naming none. Times of the check are the record's {@code occurredAt} and the request's {@code
 * at}.
 */
public interface Ledger extends AutoCloseable {
  RecordResult record(DeliveryRecord record, Budget budget);

  /**
   * Holds {@code request.amountMicros()} of the campaign's budget if the daily budget of the UTC
   * day of {@code request.at()} and the lifetime budget both still have room for it after spend and
   * holding reservations; empty otherwise. Idempotent by {@code request.id()}: a known id returns
   * the stored reservation, whatever its state, and changes nothing. Durable when the call returns.
   */
  Optional<Reservation> reserve(ReservationRequest request, Budget budget);

  /** Releases an open reservation; true if it was open (expired or not), false otherwise. */
  boolean release(String reservationId);

  /** Releases every open reservation with {@code expiresAt <= now}; returns how many. */
  int releaseExpired(Instant now);

  Optional<Reservation> reservation(String reservationId);

  /**
   * What holding reservations of the campaign hold at {@code at}: {@code dayMicros} those made on
   * {@code utcDay}, {@code lifetimeMicros} all of them.
   */
  CampaignSpend reserved(String campaignId, LocalDate utcDay, Instant at);

  CampaignSpend spend(String campaignId, LocalDate utcDay);

  /** Buckets with at least one event in {@code [from, to)}, ordered by time. */
  List<DeliveryStats> stats(String campaignId, Instant from, Instant to, Granularity granularity);

  /** Lifetime totals per (campaign, creative) for every creative with at least one event. */
  List<CreativeTotals> creativeTotals();

  @Override
  void close();
}
