package io.aimpoint.testkit.memory;

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
import io.aimpoint.core.ledger.ReservationState;
import io.aimpoint.core.store.Ledger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Ledger} in memory under one lock, which makes the budget cap and reservations trivially
 * atomic. Reservations are scanned linearly per call: fine for tests and simulations, whose open
 * reservations the expiry sweep keeps few. Like the embedded ledger it keeps delivery statistics in
 * hourly buckets: {@link #stats} includes every hour that overlaps {@code [from, to)}.
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
  private final Map<String, Reservation> reservations = new HashMap<>();
  private final Map<String, Map<String, Reservation>> openByCampaign = new HashMap<>();
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
    LocalDate utcDay = utcDay(record.occurredAt());
    DayKey day = new DayKey(record.campaignId(), utcDay);
    long spentToday = daySpend.getOrDefault(day, 0L);
    long spentLifetime = lifetimeSpend.getOrDefault(record.campaignId(), 0L);
    Reservation committing = committable(record);
    CampaignSpend held = heldExcept(record.campaignId(), utcDay, record.occurredAt(), committing);
    long requested =
        committing == null
            ? record.requestedChargeMicros()
            : Math.min(record.requestedChargeMicros(), committing.amountMicros());
    long charged =
        BudgetRoom.cappedCharge(
            requested,
            budget,
            spentToday + held.dayMicros(),
            spentLifetime + held.lifetimeMicros());
    if (committing != null) {
      close(committing, ReservationState.COMMITTED, charged);
    }
    byKey.put(record.key(), new RecordResult(false, charged));
    daySpend.put(day, spentToday + charged);
    lifetimeSpend.put(record.campaignId(), spentLifetime + charged);
    count(record, charged);
    return new RecordResult(false, charged);
  }

  private void count(DeliveryRecord record, long charged) {
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
  }

  /** The reservation the record commits: named, of its campaign, and holding at its time. */
  private Reservation committable(DeliveryRecord record) {
    if (record.reservationId() == null) {
      return null;
    }
    Reservation r = reservations.get(record.reservationId());
    return r != null && r.campaignId().equals(record.campaignId()) && r.holdsAt(record.occurredAt())
        ? r
        : null;
  }

  @Override
  public synchronized Optional<Reservation> reserve(ReservationRequest request, Budget budget) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(budget, "budget");
    Reservation known = reservations.get(request.id());
    if (known != null) {
      return Optional.of(known);
    }
    LocalDate utcDay = utcDay(request.at());
    CampaignSpend spent = spend(request.campaignId(), utcDay);
    CampaignSpend held = heldExcept(request.campaignId(), utcDay, request.at(), null);
    if (!BudgetRoom.fits(
        request.amountMicros(),
        budget,
        spent.dayMicros() + held.dayMicros(),
        spent.lifetimeMicros() + held.lifetimeMicros())) {
      return Optional.empty();
    }
    Reservation r =
        new Reservation(
            request.id(),
            request.campaignId(),
            utcDay,
            request.amountMicros(),
            request.expiresAt(),
            ReservationState.OPEN,
            0);
    reservations.put(r.id(), r);
    openByCampaign.computeIfAbsent(r.campaignId(), k -> new HashMap<>()).put(r.id(), r);
    return Optional.of(r);
  }

  @Override
  public synchronized boolean release(String reservationId) {
    Reservation r = reservations.get(reservationId);
    if (r == null || r.state() != ReservationState.OPEN) {
      return false;
    }
    close(r, ReservationState.RELEASED, 0);
    return true;
  }

  @Override
  public synchronized int releaseExpired(Instant now) {
    int released = 0;
    List<Reservation> open = new ArrayList<>();
    openByCampaign.values().forEach(m -> open.addAll(m.values()));
    for (Reservation r : open) {
      if (!now.isBefore(r.expiresAt())) {
        close(r, ReservationState.RELEASED, 0);
        released++;
      }
    }
    return released;
  }

  @Override
  public synchronized Optional<Reservation> reservation(String reservationId) {
    return Optional.ofNullable(reservations.get(reservationId));
  }

  @Override
  public synchronized CampaignSpend reserved(String campaignId, LocalDate utcDay, Instant at) {
    return heldExcept(campaignId, utcDay, at, null);
  }

  /** What the campaign's holding reservations hold at {@code at}, except {@code excluded}. */
  private CampaignSpend heldExcept(
      String campaignId, LocalDate utcDay, Instant at, Reservation excluded) {
    long day = 0;
    long lifetime = 0;
    for (Reservation r : openByCampaign.getOrDefault(campaignId, Map.of()).values()) {
      if (r.holdsAt(at) && r != excluded) {
        lifetime += r.amountMicros();
        if (r.utcDay().equals(utcDay)) {
          day += r.amountMicros();
        }
      }
    }
    return new CampaignSpend(day, lifetime);
  }

  private void close(Reservation r, ReservationState state, long charged) {
    reservations.put(
        r.id(),
        new Reservation(
            r.id(), r.campaignId(), r.utcDay(), r.amountMicros(), r.expiresAt(), state, charged));
    Map<String, Reservation> open = openByCampaign.get(r.campaignId());
    open.remove(r.id());
    if (open.isEmpty()) {
      openByCampaign.remove(r.campaignId());
    }
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

  private static LocalDate utcDay(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
