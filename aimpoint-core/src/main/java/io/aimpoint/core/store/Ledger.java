package io.aimpoint.core.store;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.CreativeTotals;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.ledger.RecordResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The money book: every counted delivery event and every charge, exactly once.
 *
 * <p>Contract: {@link #record} is idempotent by {@link DeliveryRecord#key()}; a repeated key
 * changes nothing and returns the first result marked duplicate. The charge is capped atomically so
 * that the campaign's spend on the UTC day of {@code occurredAt} never exceeds {@code
 * budget.dailyMicros()} and its lifetime spend never exceeds {@code budget.lifetimeMicros()},
 * whatever the concurrency (also across processes sharing the store). Durable when the call
 * returns.
 */
public interface Ledger extends AutoCloseable {
  RecordResult record(DeliveryRecord record, Budget budget);

  CampaignSpend spend(String campaignId, LocalDate utcDay);

  /** Buckets with at least one event in {@code [from, to)}, ordered by time. */
  List<DeliveryStats> stats(String campaignId, Instant from, Instant to, Granularity granularity);

  /** Lifetime totals per (campaign, creative) for every creative with at least one event. */
  List<CreativeTotals> creativeTotals();

  @Override
  void close();
}
