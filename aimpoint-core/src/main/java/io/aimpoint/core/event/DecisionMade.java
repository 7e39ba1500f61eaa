package io.aimpoint.core.event;

import java.time.Instant;
import java.util.List;

/**
 * A decision as logged: the ads served with their prices and predictions. {@code eventId} is the
 * decision id.
 */
public record DecisionMade(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String placementId,
    List<ServedAd> ads)
    implements Event {
  public DecisionMade {
    ads = List.copyOf(ads);
  }
}
