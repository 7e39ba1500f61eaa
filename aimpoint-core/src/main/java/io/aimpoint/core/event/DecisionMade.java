package io.aimpoint.core.event;

import java.time.Instant;
import java.util.List;

/**
 * A decision as logged: the ads served with their prices and predictions. {@code eventId} is the
 * decision id.
 *
 * <p>{@code requestFeatures} and {@code adFeatures} are the raw feature snapshots the models saw
 * (or would have seen): the request side once, and one candidate side per served ad, in the order
 * of {@code ads}. Training rebuilds each served ad's exact features from them. Decisions logged
 * before snapshots existed have an empty request snapshot and no ad snapshots.
 *
 * @param requestFeatures the request side's snapshot; {@link FeatureSnapshot#EMPTY} when not logged
 * @param adFeatures one snapshot per ad, same order as {@code ads}; empty when not logged
 */
public record DecisionMade(
    String eventId,
    String userKey,
    Instant occurredAt,
    Consent consent,
    String placementId,
    List<ServedAd> ads,
    FeatureSnapshot requestFeatures,
    List<FeatureSnapshot> adFeatures)
    implements Event {
  public DecisionMade {
    ads = List.copyOf(ads);
    requestFeatures = requestFeatures == null ? FeatureSnapshot.EMPTY : requestFeatures;
    adFeatures = adFeatures == null ? List.of() : List.copyOf(adFeatures);
    if (!adFeatures.isEmpty() && adFeatures.size() != ads.size()) {
      throw new IllegalArgumentException(
          "adFeatures needs one snapshot per ad; ads="
              + ads.size()
              + ", adFeatures="
              + adFeatures.size());
    }
  }

  /** A decision logged without feature snapshots. */
  public DecisionMade(
      String eventId,
      String userKey,
      Instant occurredAt,
      Consent consent,
      String placementId,
      List<ServedAd> ads) {
    this(eventId, userKey, occurredAt, consent, placementId, ads, null, null);
  }

  /** Whether every served ad has its feature snapshot (false for decisions without ads). */
  public boolean hasFeatureSnapshots() {
    return !ads.isEmpty() && adFeatures.size() == ads.size();
  }
}
