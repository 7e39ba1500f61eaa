package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.BudgetRoom;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.Reservation;
import io.aimpoint.core.ledger.ReservationRequest;
import io.aimpoint.core.ledger.ReservationState;
import io.aimpoint.core.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The reservation half of {@link H2Ledger}: the SQL over {@code budget_reservations} (migration
 * V2). Holds change only under the campaign's row lock in {@code campaign_spend}, the same lock
 * {@link H2Ledger} takes to record, so a new hold and a charge never both take the last room.
 */
final class H2Reservations {
  private static final String RESERVATION_COLUMNS =
      "reservation_id, campaign_id, epoch_day, amount_micros, expires_at, state, charged_micros";

  private final Jdbc jdbc;

  H2Reservations(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** See {@link io.aimpoint.core.store.Ledger#reserve}. */
  Optional<Reservation> reserve(ReservationRequest request, Budget budget) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(budget, "budget");
    try {
      Optional<Reservation> known = reservation(request.id());
      if (known.isPresent()) {
        return known;
      }
      H2Ledger.ensureSpendRow(jdbc, request.campaignId());
      return jdbc.inTransaction(c -> reserveLocked(c, request, budget));
    } catch (SQLException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return reservation(request.id());
      }
      throw new StoreException("cannot reserve " + request.id(), e);
    }
  }

  private Optional<Reservation> reserveLocked(Connection c, ReservationRequest q, Budget budget)
      throws SQLException {
    long lifetime = H2Ledger.lockSpendRow(c, q.campaignId());
    Optional<Reservation> known = findReservation(c, q.id());
    if (known.isPresent()) {
      return known;
    }
    long epochDay = LocalDate.ofInstant(q.at(), ZoneOffset.UTC).toEpochDay();
    long today = H2Ledger.daySpend(c, q.campaignId(), epochDay);
    long[] held = held(c, q.campaignId(), epochDay, q.at(), "");
    if (!BudgetRoom.fits(q.amountMicros(), budget, today + held[0], lifetime + held[1])) {
      return Optional.empty();
    }
    Jdbc.update(
        c,
        "INSERT INTO budget_reservations ("
            + RESERVATION_COLUMNS
            + ", created_at)"
            + " VALUES (?, ?, ?, ?, ?, 'OPEN', 0, ?)",
        q.id(),
        q.campaignId(),
        epochDay,
        q.amountMicros(),
        OffsetDateTime.ofInstant(q.expiresAt(), ZoneOffset.UTC),
        OffsetDateTime.ofInstant(q.at(), ZoneOffset.UTC));
    return Optional.of(
        new Reservation(
            q.id(),
            q.campaignId(),
            LocalDate.ofEpochDay(epochDay),
            q.amountMicros(),
            q.expiresAt(),
            ReservationState.OPEN,
            0));
  }

  /** See {@link io.aimpoint.core.store.Ledger#release}; only lowers holds, so no campaign lock. */
  boolean release(String reservationId) {
    return jdbc.transact(
        "release " + reservationId,
        c ->
            Jdbc.update(
                    c,
                    "UPDATE budget_reservations SET state = 'RELEASED'"
                        + " WHERE reservation_id = ? AND state = 'OPEN'",
                    reservationId)
                > 0);
  }

  /** See {@link io.aimpoint.core.store.Ledger#releaseExpired}. */
  int releaseExpired(Instant now) {
    return jdbc.transact(
        "release expired reservations",
        c ->
            Jdbc.update(
                c,
                "UPDATE budget_reservations SET state = 'RELEASED'"
                    + " WHERE state = 'OPEN' AND expires_at <= ?",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
  }

  /** See {@link io.aimpoint.core.store.Ledger#reservation}. */
  Optional<Reservation> reservation(String reservationId) {
    return jdbc.transact(
        "read reservation " + reservationId, c -> findReservation(c, reservationId));
  }

  /** See {@link io.aimpoint.core.store.Ledger#reserved}. */
  CampaignSpend reserved(String campaignId, LocalDate utcDay, Instant at) {
    long[] held =
        jdbc.transact(
            "read reservations of " + campaignId,
            c -> held(c, campaignId, utcDay.toEpochDay(), at, ""));
    return new CampaignSpend(held[0], held[1]);
  }

  /**
   * The reservation {@code r} commits, locked: named, of the record's campaign, and holding at the
   * record's time. The row lock makes a concurrent {@link #release} wait for this commit.
   */
  static Optional<Reservation> committable(Connection c, DeliveryRecord r) throws SQLException {
    if (r.reservationId() == null) {
      return Optional.empty();
    }
    return Jdbc.queryOne(
            c,
            "SELECT "
                + RESERVATION_COLUMNS
                + " FROM budget_reservations"
                + " WHERE reservation_id = ? FOR UPDATE",
            H2Reservations::reservationRow,
            r.reservationId())
        .filter(x -> x.campaignId().equals(r.campaignId()) && x.holdsAt(r.occurredAt()));
  }

  /** Marks a reservation locked by {@link #committable} committed with its actual charge. */
  static void markCommitted(Connection c, String reservationId, long charged) throws SQLException {
    Jdbc.update(
        c,
        "UPDATE budget_reservations SET state = 'COMMITTED', charged_micros = ?"
            + " WHERE reservation_id = ?",
        charged,
        reservationId);
  }

  /**
   * {day, lifetime} micros held at {@code at} by the campaign's open reservations other than {@code
   * excludedId}.
   */
  static long[] held(Connection c, String campaignId, long epochDay, Instant at, String excludedId)
      throws SQLException {
    return Jdbc.queryOne(
            c,
            "SELECT COALESCE(SUM(CASE WHEN epoch_day = ? THEN amount_micros ELSE 0 END), 0),"
                + " COALESCE(SUM(amount_micros), 0) FROM budget_reservations"
                + " WHERE campaign_id = ? AND state = 'OPEN' AND expires_at > ?"
                + " AND reservation_id <> ?",
            row -> new long[] {row.getLong(1), row.getLong(2)},
            epochDay,
            campaignId,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            excludedId)
        .orElse(new long[] {0, 0});
  }

  private static Optional<Reservation> findReservation(Connection c, String id)
      throws SQLException {
    return Jdbc.queryOne(
        c,
        "SELECT " + RESERVATION_COLUMNS + " FROM budget_reservations WHERE reservation_id = ?",
        H2Reservations::reservationRow,
        id);
  }

  private static Reservation reservationRow(ResultSet r) throws SQLException {
    return new Reservation(
        r.getString(1),
        r.getString(2),
        LocalDate.ofEpochDay(r.getLong(3)),
        r.getLong(4),
        r.getObject(5, OffsetDateTime.class).toInstant(),
        ReservationState.valueOf(r.getString(6)),
        r.getLong(7));
  }
}
