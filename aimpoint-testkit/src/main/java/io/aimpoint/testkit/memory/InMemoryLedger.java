package io.aimpoint.testkit.memory;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.store.Ledger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@link Ledger} in memory under one lock, which makes the budget cap trivially atomic. Like the
 * embedded ledger it keeps delivery statistics in hourly buckets: {@link #stats} includes every
 * hour that overlaps {@code [from, to)}.
 */
public final class InMemoryLedger implements Ledger {
  private static final long HOUR_SECONDS = 3600;

  private record DayKey(String campaignId, LocalDate day) {}

  private record CreativeKey(String campaignId, String creativeId) {}

  /** Mutable counts of one bucket; only touched under the ledger's lock. */
  private static final class Counts {
    long impressions;
    long clicks;
    long conversions;
    long spendMicros;

    void add(DeliveryKind kind, long chargedMicros) {
      switch (kind) {
        case IMPRESSION -> impressions++;
        case CLICK -> clicks++;
        case CONVERSION -> conversions++;
      }
      spendMicros += chargedMicros;
    }

    void addAll(Counts other) {
      impressions += other.impressions;
      clicks += other.clicks;
      conversions += other.conversions;
      spendMicros += other.spendMicros;
    }
  }

  private final Map<String, RecordResult> byKey = new HashMap<>();
  private final Map<DayKey, Long> daySpend = new HashMap<>();
  private final Map<String, Long> lifetimeSpend = new HashMap<>();
  private final Map<String, TreeMap<Long, Counts>> hourlyByCampaign = new HashMap<>();
  private final Map<CreativeKey, Counts> creatives =
      new TreeMap<>(
          (a, b) -> {
            int c = a.campaignId().compareTo(b.campaignId());
            return c != 0 ? c : a.creativeId().compareTo(b.creativeId());
          });

  @Override
  public synchronized RecordResult record(DeliveryRecord record, Budget budget) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(budget, "budget");
    RecordResult first = byKey.get(record.key());
    if (first != null) {
      return new RecordResult(true, first.chargedMicros());
    }
    DayKey day = new DayKey(record.campaignId(), utcDay(record.occurredAt()));
    long spentToday = daySpend.getOrDefault(day, 0L);
    long spentLifetime = lifetimeSpend.getOrDefault(record.campaignId(), 0L);
    long charged = cappedCharge(record.requestedChargeMicros(), budget, spentToday, spentLifetime);
    byKey.put(record.key(), new RecordResult(false, charged));
    daySpend.put(day, spentToday + charged);
    lifetimeSpend.put(record.campaignId(), spentLifetime + charged);
    long hour = Math.floorDiv(record.occurredAt().getEpochSecond(), HOUR_SECONDS);
    hourlyByCampaign
        .computeIfAbsent(record.campaignId(), k -> new TreeMap<>())
        .computeIfAbsent(hour, k -> new Counts())
        .add(record.kind(), charged);
    if (record.creativeId() != null) {
      creatives
          .computeIfAbsent(
              new CreativeKey(record.campaignId(), record.creativeId()), k -> new Counts())
          .add(record.kind(), charged);
    }
    return new RecordResult(false, charged);
  }

  @Override
  public synchronized CampaignSpend spend(String campaignId, LocalDate utcDay) {
    return new CampaignSpend(
        daySpend.getOrDefault(new DayKey(campaignId, utcDay), 0L),
        lifetimeSpend.getOrDefault(campaignId, 0L));
  }

  @Override
  public synchronized List<DeliveryStats> stats(
      String campaignId, Instant from, Instant to, Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    TreeMap<Long, Counts> hourly = hourlyByCampaign.get(campaignId);
    if (hourly == null || !from.isBefore(to)) {
      return List.of();
    }
    long firstHour = Math.floorDiv(from.getEpochSecond(), HOUR_SECONDS);
    long endHour = Math.floorDiv(to.getEpochSecond() - 1, HOUR_SECONDS) + 1;
    long hoursPerBucket = granularity.length().toSeconds() / HOUR_SECONDS;
    TreeMap<Long, Counts> buckets = new TreeMap<>();
    for (var e : hourly.subMap(firstHour, true, endHour, false).entrySet()) {
      long bucket = Math.floorDiv(e.getKey(), hoursPerBucket) * hoursPerBucket;
      buckets.computeIfAbsent(bucket, k -> new Counts()).addAll(e.getValue());
    }
    List<DeliveryStats> out = new ArrayList<>(buckets.size());
    buckets.forEach(
        (hour, c) ->
            out.add(
                new DeliveryStats(
                    Instant.ofEpochSecond(hour * HOUR_SECONDS),
                    c.impressions,
                    c.clicks,
                    c.conversions,
                    c.spendMicros)));
    return out;
  }

  @Override
  public synchronized List<CreativeTotals> creativeTotals() {
    List<CreativeTotals> out = new ArrayList<>(creatives.size());
    creatives.forEach(
        (k, c) ->
            out.add(
                new CreativeTotals(
                    k.campaignId(),
                    k.creativeId(),
                    c.impressions,
                    c.clicks,
                    c.conversions,
                    c.spendMicros)));
    return out;
  }

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

  private static LocalDate utcDay(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
