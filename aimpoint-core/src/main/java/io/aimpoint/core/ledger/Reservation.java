package io.aimpoint.core.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A budget reservation as the ledger keeps it. {@code utcDay} is the day whose daily budget it
 * holds; {@code chargedMicros} is what the committing event was charged (0 unless {@code
 * COMMITTED}).
 */
public record Reservation(
    String id,
    String campaignId,
    LocalDate utcDay,
    long amountMicros,
    Instant expiresAt,
    ReservationState state,
    long chargedMicros) {

  /** Whether this reservation holds budget at {@code at}: open and not yet expired. */
  public boolean holdsAt(Instant at) {
    return state == ReservationState.OPEN && at.isBefore(expiresAt);
  }
}
