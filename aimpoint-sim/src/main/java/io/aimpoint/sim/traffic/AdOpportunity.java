package io.aimpoint.sim.traffic;

import java.time.Instant;

/**
 * A page view or search that asks the engine for {@code slots} ads on {@code placementId}. The
 * runner turns it into a decision request; {@code eventId} serves as the request id.
 */
public record AdOpportunity(
    String eventId, String userId, Instant at, String placementId, int slots, AdContext context)
    implements SimEvent {

  public AdOpportunity {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be >= 1; slots=" + slots);
    }
  }
}
