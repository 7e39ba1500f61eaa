package io.aimpoint.engine.report;

import io.aimpoint.core.ledger.Granularity;
import java.time.Instant;
import java.util.List;

/**
 * Delivery of one campaign in {@code [from, to)}: one row per bucket with at least one event, in
 * time order, and the totals over the range ({@code totals.bucketStart} is {@code from}).
 */
public record CampaignReport(
    String campaignId,
    Instant from,
    Instant to,
    Granularity granularity,
    List<ReportRow> rows,
    ReportRow totals) {
  public CampaignReport {
    rows = List.copyOf(rows);
  }
}
