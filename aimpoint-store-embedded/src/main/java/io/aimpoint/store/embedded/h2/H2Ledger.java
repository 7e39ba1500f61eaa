package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
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
 * <p>Statistics are kept per UTC hour; {@link #stats} returns every hour bucket that overlaps
 * {@code [from, to)}, summed into days for {@link Granularity#DAY}. Durable when a call returns:
 * see {@link H2Database}.
 */
public final class H2Ledger implements Ledger {
  private static final long HOUR_SECONDS = 3600;

  private final Jdbc jdbc;

  public H2Ledger(H2Database database) {
    this.jdbc = database.jdbc();
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
      ensureSpendRow(record.campaignId());
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
    long lifetime =
        Jdbc.queryOne(
                c,
                "SELECT lifetime_micros FROM campaign_spend WHERE campaign_id = ? FOR UPDATE",
                row -> row.getLong(1),
                r.campaignId())
            .orElseThrow(() -> new SQLException("spend row vanished: " + r.campaignId()));
    Optional<Long> earlier = chargedFor(c, r.key());
    if (earlier.isPresent()) {
      return new RecordResult(true, earlier.get());
    }
    long epochDay = LocalDate.ofInstant(r.occurredAt(), ZoneOffset.UTC).toEpochDay();
    long today = daySpend(c, r.campaignId(), epochDay);
    long charged = cappedCharge(r.requestedChargeMicros(), budget, today, lifetime);
    Jdbc.update(
        c,
        "INSERT INTO ledger_entries (record_key, kind, advertiser_id, campaign_id, creative_id,"
            + " occurred_at, requested_micros, charged_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        r.key(),
        r.kind().name(),
        r.advertiserId(),
        r.campaignId(),
        r.creativeId(),
        OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC),
        r.requestedChargeMicros(),
        charged);
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
  private void ensureSpendRow(String campaignId) throws SQLException {
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

  private static long daySpend(Connection c, String campaignId, long epochDay) throws SQLException {
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

  /**
   * The largest charge up to {@code requestedMicros} that keeps the day's and the lifetime spend
   * within the budget; an absent limit does not cap.
   */
  static long cappedCharge(
      long requestedMicros, Budget budget, long spentTodayMicros, long spentLifetimeMicros) {
    long charge = requestedMicros;
    if (budget.dailyMicros() != null) {
      charge = Math.min(charge, budget.dailyMicros() - spentTodayMicros);
    }
    if (budget.lifetimeMicros() != null) {
      charge = Math.min(charge, budget.lifetimeMicros() - spentLifetimeMicros);
    }
    return Math.max(0, charge);
  }
}
