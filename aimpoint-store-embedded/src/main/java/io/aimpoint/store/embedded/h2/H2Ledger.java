package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.BudgetRoom;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.ledger.Reservation;
import io.aimpoint.core.ledger.ReservationRequest;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.core.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Ledger} over JDBC, correct on H2 and on PostgreSQL, also with several processes sharing
 * the database.
 *
 * <p>How a charge is capped exactly once: every campaign has one row in {@code campaign_spend}. A
 * recording transaction first locks that row ({@code SELECT ... FOR UPDATE}), so the transactions
 * of one campaign run one after another while different campaigns proceed in parallel. Under the
 * lock it looks the key up in {@code ledger_entries} (primary key: the idempotency key), reads the
 * day's and the lifetime spend, charges {@code min(requested, daily left, lifetime left)}, and
 * writes the entry, both spends, the hourly statistics and the creative totals before committing. A
 * key reused across campaigns is caught by the primary key and answered as a duplicate.
 *
 * <p>Reservations ({@code budget_reservations}, migration V2; the SQL is in the package-private
 * {@code H2Reservations}) change a campaign's holds only under the same row lock: {@link #reserve}
 * sums the open, unexpired holds and inserts a new one only if spend plus holds plus the amount
 * fit; {@link #record} locks the reservation it commits ({@code FOR UPDATE}), caps the charge at
 * its amount and the budget left after the other holds, and marks it committed in the same
 * transaction as the entry. Releasing only lowers holds, so it needs no campaign lock.
 *
 * <p>Statistics are kept per UTC hour; {@link #stats} returns every hour bucket that overlaps
 * {@code [from, to)}, summed into days for {@link Granularity#DAY}. Durable when a call returns:
 * see {@link H2Database}.
 */
public final class H2Ledger implements Ledger {
  private static final long HOUR_SECONDS = 3600;

  private final Jdbc jdbc;
  private final H2Reservations reservations;

  public H2Ledger(H2Database database) {
    this.jdbc = database.jdbc();
    this.reservations = new H2Reservations(jdbc);
  }

  @Override
  public RecordResult record(DeliveryRecord record, Budget budget) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(budget, "budget");
    try {
      Optional<Long> earlier = jdbc.inTransaction(c -> chargedFor(c, record.key()));
      if (earlier.isPresent()) {
        return new RecordResult(true, earlier.get());
      }
      ensureSpendRow(jdbc, record.campaignId());
      return jdbc.inTransaction(c -> recordLocked(c, record, budget));
    } catch (SQLException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return duplicateOf(record.key(), e);
      }
      throw new StoreException("cannot record delivery " + record.key(), e);
    }
  }

  private RecordResult recordLocked(Connection c, DeliveryRecord r, Budget budget)
      throws SQLException {
    long lifetime = lockSpendRow(c, r.campaignId());
    Optional<Long> earlier = chargedFor(c, r.key());
    if (earlier.isPresent()) {
      return new RecordResult(true, earlier.get());
    }
    long epochDay = LocalDate.ofInstant(r.occurredAt(), ZoneOffset.UTC).toEpochDay();
    long today = daySpend(c, r.campaignId(), epochDay);
    Optional<Reservation> committing = H2Reservations.committable(c, r);
    String excluded = committing.map(Reservation::id).orElse("");
    long[] held = H2Reservations.held(c, r.campaignId(), epochDay, r.occurredAt(), excluded);
    long requested =
        Math.min(
            r.requestedChargeMicros(),
            committing.map(Reservation::amountMicros).orElse(Long.MAX_VALUE));
    long charged = BudgetRoom.cappedCharge(requested, budget, today + held[0], lifetime + held[1]);
    Jdbc.update(
        c,
        "INSERT INTO ledger_entries (record_key, kind, advertiser_id, campaign_id, creative_id,"
            + " occurred_at, requested_micros, charged_micros, reservation_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.key(),
        r.kind().name(),
        r.advertiserId(),
        r.campaignId(),
        r.creativeId(),
        OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC),
        r.requestedChargeMicros(),
        charged,
        committing.isPresent() ? excluded : null);
    if (committing.isPresent()) {
      H2Reservations.markCommitted(c, excluded, charged);
    }
    if (charged > 0) {
      Jdbc.update(
          c,
          "UPDATE campaign_spend SET lifetime_micros = lifetime_micros + ? WHERE campaign_id = ?",
          charged,
          r.campaignId());
    }
    upsertDaySpend(c, r.campaignId(), epochDay, charged);
    long epochHour = Math.floorDiv(r.occurredAt().getEpochSecond(), HOUR_SECONDS);
    addCounts(c, "delivery_hourly", "epoch_hour", r.campaignId(), epochHour, r.kind(), charged);
    if (r.creativeId() != null) {
      addCounts(
          c, "creative_totals", "creative_id", r.campaignId(), r.creativeId(), r.kind(), charged);
    }
    return new RecordResult(false, charged);
  }

  /**
   * Creates the campaign's lock row if missing, in its own transaction: on PostgreSQL a failed
   * insert would abort the recording transaction, so the race between two first charges is settled
   * here by the primary key.
   */
  static void ensureSpendRow(Jdbc jdbc, String campaignId) throws SQLException {
    try {
      jdbc.inTransaction(
          c -> {
            if (Jdbc.queryOne(
                    c, "SELECT 1 FROM campaign_spend WHERE campaign_id = ?", r -> 1, campaignId)
                .isEmpty()) {
              Jdbc.update(
                  c,
                  "INSERT INTO campaign_spend (campaign_id, lifetime_micros) VALUES (?, 0)",
                  campaignId);
            }
            return null;
          });
    } catch (SQLException e) {
      if (!Jdbc.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  private RecordResult duplicateOf(String key, SQLException cause) {
    return jdbc.transact(
        "read ledger entry " + key,
        c ->
            chargedFor(c, key)
                .map(charged -> new RecordResult(true, charged))
                .orElseThrow(
                    () -> new StoreException("unique violation without entry " + key, cause)));
  }

  private static Optional<Long> chargedFor(Connection c, String key) throws SQLException {
    return Jdbc.queryOne(
        c,
        "SELECT charged_micros FROM ledger_entries WHERE record_key = ?",
        r -> r.getLong(1),
        key);
  }

  static long daySpend(Connection c, String campaignId, long epochDay) throws SQLException {
    return Jdbc.queryOne(
            c,
            "SELECT spent_micros FROM campaign_day_spend WHERE campaign_id = ? AND epoch_day = ?",
            r -> r.getLong(1),
            campaignId,
            epochDay)
        .orElse(0L);
  }

  private static void upsertDaySpend(Connection c, String campaignId, long epochDay, long charged)
      throws SQLException {
    int updated =
        Jdbc.update(
            c,
            "UPDATE campaign_day_spend SET spent_micros = spent_micros + ?"
                + " WHERE campaign_id = ? AND epoch_day = ?",
            charged,
            campaignId,
            epochDay);
    if (updated == 0) {
      Jdbc.update(
          c,
          "INSERT INTO campaign_day_spend (campaign_id, epoch_day, spent_micros) VALUES (?, ?, ?)",
          campaignId,
          epochDay,
          charged);
    }
  }

  /**
   * Adds one event to a counts row keyed by campaign and {@code keyColumn}; race-free under the
   * campaign lock.
   */
  private static void addCounts(
      Connection c,
      String table,
      String keyColumn,
      String campaignId,
      Object key,
      DeliveryKind kind,
      long charged)
      throws SQLException {
    long imp = kind == DeliveryKind.IMPRESSION ? 1 : 0;
    long clk = kind == DeliveryKind.CLICK ? 1 : 0;
    long cnv = kind == DeliveryKind.CONVERSION ? 1 : 0;
    int updated =
        Jdbc.update(
            c,
            ("UPDATE %s SET impressions = impressions + ?, clicks = clicks + ?,"
                    + " conversions = conversions + ?, spend_micros = spend_micros + ?"
                    + " WHERE campaign_id = ? AND %s = ?")
                .formatted(table, keyColumn),
            imp,
            clk,
            cnv,
            charged,
            campaignId,
            key);
    if (updated == 0) {
      Jdbc.update(
          c,
          ("INSERT INTO %s (campaign_id, %s, impressions, clicks, conversions, spend_micros)"
                  + " VALUES (?, ?, ?, ?, ?, ?)")
              .formatted(table, keyColumn),
          campaignId,
          key,
          imp,
          clk,
          cnv,
          charged);
    }
  }

  @Override
  public Optional<Reservation> reserve(ReservationRequest request, Budget budget) {
    return reservations.reserve(request, budget);
  }

  @Override
  public boolean release(String reservationId) {
    return reservations.release(reservationId);
  }

  @Override
  public int releaseExpired(Instant now) {
    return reservations.releaseExpired(now);
  }

  @Override
  public Optional<Reservation> reservation(String reservationId) {
    return reservations.reservation(reservationId);
  }

  @Override
  public CampaignSpend reserved(String campaignId, LocalDate utcDay, Instant at) {
    return reservations.reserved(campaignId, utcDay, at);
  }

  /** Locks the campaign's spend row, made by {@link #ensureSpendRow}, and reads its lifetime. */
  static long lockSpendRow(Connection c, String campaignId) throws SQLException {
    return Jdbc.queryOne(
            c,
            "SELECT lifetime_micros FROM campaign_spend WHERE campaign_id = ? FOR UPDATE",
            row -> row.getLong(1),
            campaignId)
        .orElseThrow(() -> new SQLException("spend row vanished: " + campaignId));
  }

  @Override
  public CampaignSpend spend(String campaignId, LocalDate utcDay) {
    return jdbc.transact(
        "read spend of " + campaignId,
        c -> {
          long lifetime =
              Jdbc.queryOne(
                      c,
                      "SELECT lifetime_micros FROM campaign_spend WHERE campaign_id = ?",
                      r -> r.getLong(1),
                      campaignId)
                  .orElse(0L);
          return new CampaignSpend(daySpend(c, campaignId, utcDay.toEpochDay()), lifetime);
        });
  }

  @Override
  public List<DeliveryStats> stats(
      String campaignId, Instant from, Instant to, Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    if (!from.isBefore(to)) {
      return List.of();
    }
    long firstHour = Math.floorDiv(from.getEpochSecond(), HOUR_SECONDS);
    long endHour = Math.floorDiv(to.getEpochSecond() - 1, HOUR_SECONDS) + 1;
    List<DeliveryStats> hours =
        jdbc.transact(
            "read stats of " + campaignId,
            c ->
                Jdbc.query(
                    c,
                    "SELECT epoch_hour, impressions, clicks, conversions, spend_micros"
                        + " FROM delivery_hourly WHERE campaign_id = ? AND epoch_hour >= ?"
                        + " AND epoch_hour < ? ORDER BY epoch_hour",
                    r ->
                        new DeliveryStats(
                            Instant.ofEpochSecond(r.getLong(1) * HOUR_SECONDS),
                            r.getLong(2),
                            r.getLong(3),
                            r.getLong(4),
                            r.getLong(5)),
                    campaignId,
                    firstHour,
                    endHour));
    return granularity == Granularity.HOUR ? hours : sumByDay(hours);
  }

  private static List<DeliveryStats> sumByDay(List<DeliveryStats> hours) {
    List<DeliveryStats> days = new ArrayList<>();
    for (DeliveryStats h : hours) {
      Instant day =
          h.bucketStart()
              .atZone(ZoneOffset.UTC)
              .toLocalDate()
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant();
      DeliveryStats last = days.isEmpty() ? null : days.getLast();
      if (last != null && last.bucketStart().equals(day)) {
        days.set(
            days.size() - 1,
            new DeliveryStats(
                day,
                last.impressions() + h.impressions(),
                last.clicks() + h.clicks(),
                last.conversions() + h.conversions(),
                last.spendMicros() + h.spendMicros()));
      } else {
        days.add(
            new DeliveryStats(day, h.impressions(), h.clicks(), h.conversions(), h.spendMicros()));
      }
    }
    return days;
  }

  @Override
  public List<CreativeTotals> creativeTotals() {
    return jdbc.transact(
        "read creative totals",
        c ->
            Jdbc.query(
                c,
                "SELECT campaign_id, creative_id, impressions, clicks, conversions, spend_micros"
                    + " FROM creative_totals ORDER BY campaign_id, creative_id",
                r ->
                    new CreativeTotals(
                        r.getString(1),
                        r.getString(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6))));
  }

  /** The ledger shares its database; {@code EmbeddedStores} closes that. */
  @Override
  public void close() {}
}
