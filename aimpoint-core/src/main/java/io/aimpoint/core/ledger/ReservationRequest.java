package io.aimpoint.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to hold {@code amountMicros} of a campaign's budget from {@code at} until {@code
 * expiresAt}: the most that the billable event of one served ad can be charged. {@code id} makes
 * reserving idempotent (e.g. {@code res:<decisionId>:<slot>}). The hold counts against the daily
 * budget of the UTC day of {@code at} and against the lifetime budget.
 */
public record ReservationRequest(
    String id, String campaignId, Instant at, long amountMicros, Instant expiresAt) {
  public ReservationRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (amountMicros <= 0) {
      throw new IllegalArgumentException("amountMicros must be > 0; amountMicros=" + amountMicros);
    }
    if (!expiresAt.isAfter(at)) {
      throw new IllegalArgumentException(
          "expiresAt must be after at; at=" + at + ", expiresAt=" + expiresAt);
    }
  }
}
