package io.aimpoint.engine.decision;

import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ranking.DeliveryCounts;
import io.aimpoint.core.store.Ledger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this engine instance knows about delivery without asking the {@link Ledger} on every
 * decision: delivery counts per creative, campaign and overall (the evidence for smoothed CTR/CVR),
 * and each campaign's recently read spend (a pre-check of budget left).
 *
 * <p>Counts start from {@link Ledger#creativeTotals()} and grow as the tracking service counts new
 * deliveries; other instances' deliveries are not seen until a restart, which only delays learning.
 * Spend is read from the ledger at most once per {@code spendTtl} per campaign and day, and the
 * charges of this instance are added at once, so a campaign that this instance exhausted stops
 * serving immediately. A stale read can only let a campaign into an auction whose budget another
 * instance just spent; the ledger's atomic cap is what guarantees no overspend.
 */
public final class DeliveryCache {
  /** How long a spend read from the ledger is trusted by default. */
  public static final Duration DEFAULT_SPEND_TTL = Duration.ofSeconds(1);

  private final Ledger ledger;
  private final Clock clock;
  private final Duration spendTtl;
  private final ConcurrentHashMap<String, Counter> byCreative = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> byCampaign = new ConcurrentHashMap<>();
  private final Counter global = new Counter();
  private final ConcurrentHashMap<String, CachedSpend> spend = new ConcurrentHashMap<>();
  private final FatigueTracker fatigue = FatigueTracker.withDefaults();

  /** Spend and the holds of open reservations, as read from the ledger at {@code readAt}. */
  private record CachedSpend(
      LocalDate day,
      long dayMicros,
      long lifetimeMicros,
      long heldDayMicros,
      long heldLifetimeMicros,
      Instant readAt) {

    /** With {@code micros} more held (less when negative) on {@code utcDay}, never below zero. */
    CachedSpend plusHeld(LocalDate utcDay, long micros) {
      return new CachedSpend(
          day,
          dayMicros,
          lifetimeMicros,
          day.equals(utcDay) ? Math.max(0, heldDayMicros + micros) : heldDayMicros,
          Math.max(0, heldLifetimeMicros + micros),
          readAt);
    }

    /** With a charge of {@code micros} recorded on {@code utcDay}. */
    CachedSpend plusCharge(LocalDate utcDay, long micros) {
      return new CachedSpend(
          day,
          day.equals(utcDay) ? dayMicros + micros : dayMicros,
          lifetimeMicros + micros,
          heldDayMicros,
          heldLifetimeMicros,
          readAt);
    }
  }

  public DeliveryCache(Ledger ledger, Clock clock, Duration spendTtl) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (spendTtl == null || spendTtl.isNegative()) {
      throw new IllegalArgumentException("spendTtl must be >= 0; spendTtl=" + spendTtl);
    }
    this.spendTtl = spendTtl;
  }

  /** A cache whose counts start from the ledger's lifetime totals. */
  public static DeliveryCache load(Ledger ledger, Clock clock) {
    DeliveryCache cache = new DeliveryCache(ledger, clock, DEFAULT_SPEND_TTL);
    for (CreativeTotals t : ledger.creativeTotals()) {
      cache.add(t.campaignId(), t.creativeId(), t.impressions(), t.clicks(), t.conversions());
    }
    return cache;
  }

  /** Counts one new (non-duplicate) delivery. */
  public void count(DeliveryKind kind, String campaignId, String creativeId) {
    switch (kind) {
      case IMPRESSION -> add(campaignId, creativeId, 1, 0, 0);
      case CLICK -> add(campaignId, creativeId, 0, 1, 0);
      case CONVERSION -> add(campaignId, creativeId, 0, 0, 1);
    }
  }

  public DeliveryCounts creative(String campaignId, String creativeId) {
    Counter c = byCreative.get(creativeKey(campaignId, creativeId));
    return c == null ? DeliveryCounts.ZERO : c.snapshot();
  }

  public DeliveryCounts campaign(String campaignId) {
    Counter c = byCampaign.get(campaignId);
    return c == null ? DeliveryCounts.ZERO : c.snapshot();
  }

  public DeliveryCounts global() {
    return global.snapshot();
  }

  /**
   * Impressions and clicks by the exposure bucket their ad was ranked in, for fatigue-aware
   * ranking; the tracking service reports deliveries to it.
   */
  public FatigueTracker fatigue() {
    return fatigue;
  }

  /** The campaign's spend on {@code utcDay} and in its lifetime, at most {@code spendTtl} old. */
  public CampaignSpend spend(String campaignId, LocalDate utcDay) {
    CachedSpend c = cached(campaignId, utcDay);
    return new CampaignSpend(c.dayMicros(), c.lifetimeMicros());
  }

  /**
   * What the campaign's open reservations hold ({@link Ledger#reserved}), at most {@code spendTtl}
   * old, plus this instance's reservations since and minus its commits since. Approximate for up to
   * {@code spendTtl}: a hold that expired since the last read still counts, and a commit of a hold
   * that had already expired is taken from the others; the ledger decides at reservation.
   */
  public CampaignSpend held(String campaignId, LocalDate utcDay) {
    CachedSpend c = cached(campaignId, utcDay);
    return new CampaignSpend(c.heldDayMicros(), c.heldLifetimeMicros());
  }

  private CachedSpend cached(String campaignId, LocalDate utcDay) {
    Instant now = clock.instant();
    CachedSpend cached = spend.get(campaignId);
    if (cached != null
        && cached.day().equals(utcDay)
        && Duration.between(cached.readAt(), now).compareTo(spendTtl) < 0) {
      return cached;
    }
    CampaignSpend fresh = ledger.spend(campaignId, utcDay);
    CampaignSpend held = ledger.reserved(campaignId, utcDay, now);
    CachedSpend read =
        new CachedSpend(
            utcDay,
            fresh.dayMicros(),
            fresh.lifetimeMicros(),
            held.dayMicros(),
            held.lifetimeMicros(),
            now);
    spend.put(campaignId, read);
    return read;
  }

  /** Adds a reservation this instance just made in the ledger to the cached holds. */
  public void reserved(String campaignId, LocalDate utcDay, long micros) {
    changeHeld(campaignId, utcDay, micros);
  }

  /**
   * Takes a reservation this instance just committed (or released) out of the cached holds, so that
   * it does not count twice, as hold and as spend, until the next read.
   */
  public void released(String campaignId, LocalDate utcDay, long micros) {
    changeHeld(campaignId, utcDay, -micros);
  }

  private void changeHeld(String campaignId, LocalDate utcDay, long micros) {
    if (micros == 0) {
      return;
    }
    spend.computeIfPresent(campaignId, (k, c) -> c.plusHeld(utcDay, micros));
  }

  /** Adds a charge this instance just recorded in the ledger to the cached spend. */
  public void charged(String campaignId, LocalDate utcDay, long micros) {
    if (micros <= 0) {
      return;
    }
    spend.computeIfPresent(campaignId, (k, c) -> c.plusCharge(utcDay, micros));
  }

  private void add(
      String campaignId, String creativeId, long impressions, long clicks, long conversions) {
    byCreative
        .computeIfAbsent(creativeKey(campaignId, creativeId), k -> new Counter())
        .add(impressions, clicks, conversions);
    byCampaign
        .computeIfAbsent(campaignId, k -> new Counter())
        .add(impressions, clicks, conversions);
    global.add(impressions, clicks, conversions);
  }

  private static String creativeKey(String campaignId, String creativeId) {
    // NUL cannot occur in ids, so the pair is unambiguous.
    return campaignId + '\u0000' + creativeId;
  }

  /**
   * Lock-free counts; a snapshot may mix counts of concurrent updates, which smoothing tolerates.
   */
  private static final class Counter {
    private final AtomicLong impressions = new AtomicLong();
    private final AtomicLong clicks = new AtomicLong();
    private final AtomicLong conversions = new AtomicLong();

    void add(long imps, long clk, long conv) {
      impressions.addAndGet(imps);
      clicks.addAndGet(clk);
      conversions.addAndGet(conv);
    }

    DeliveryCounts snapshot() {
      return new DeliveryCounts(impressions.get(), clicks.get(), conversions.get());
    }
  }
}
