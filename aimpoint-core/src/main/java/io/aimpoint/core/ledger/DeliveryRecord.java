package io.aimpoint.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery event to count and possibly charge for. {@code key} makes recording idempotent (e.g.
 * {@code imp:<decisionId>:<slot>}); {@code requestedChargeMicros} is 0 for non-billable events.
 * {@code reservationId}, when not null, names the budget reservation this (billable) event commits:
 * see {@link io.aimpoint.core.store.Ledger#record}.
 */
public record DeliveryRecord(
    String key,
    DeliveryKind kind,
    String advertiserId,
    String campaignId,
    String creativeId,
    Instant occurredAt,
    long requestedChargeMicros,
    String reservationId) {
  public DeliveryRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (requestedChargeMicros < 0) {
      throw new IllegalArgumentException(
          "requestedChargeMicros must be >= 0; requestedChargeMicros=" + requestedChargeMicros);
    }
  }

  /** A record that commits no reservation. */
  public DeliveryRecord(
      String key,
      DeliveryKind kind,
      String advertiserId,
      String campaignId,
      String creativeId,
      Instant occurredAt,
      long requestedChargeMicros) {
    this(key, kind, advertiserId, campaignId, creativeId, occurredAt, requestedChargeMicros, null);
  }
}
