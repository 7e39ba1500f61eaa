package io.aimpoint.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery event to count and possibly charge for. {@code key} makes recording idempotent (e.g.
 * {@code imp:<decisionId>:<slot>}); {@code requestedChargeMicros} is 0 for non-billable events.
 */
public record DeliveryRecord(
    String key,
    DeliveryKind kind,
    String advertiserId,
    String campaignId,
    String creativeId,
    Instant occurredAt,
    long requestedChargeMicros) {
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
}
