package io.aimpoint.engine.profile;

import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.RfmCounters;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A profile as an admin sees it through {@code GET /v1/users/{id}/profile}: weights decayed to
 * {@code asOf}, each interest explained by the events that contributed most to it.
 *
 * @param userKey the pseudonymous key the profile is stored under (never the raw id)
 * @param asOf the time weights are decayed to
 * @param semanticDimension length of the semantic interest vector (0: none yet)
 * @param semanticMass decayed total weight behind the semantic vector, as of {@code asOf}
 */
public record ProfileView(
    String userKey,
    Instant asOf,
    Instant updatedAt,
    long eventCount,
    Demographics demographics,
    List<Interest> interests,
    List<WeightedKeyword> keywords,
    int semanticDimension,
    double semanticMass,
    List<Behaviour> behaviours,
    RfmCounters rfm,
    AdExposure exposure,
    Set<String> segments) {

  /** One interest, heaviest first in {@link ProfileView#interests()}. */
  public record Interest(String category, double weight, List<Contribution> topEvents) {}

  /**
   * One event's share of an interest: {@code contribution} is its weight decayed to {@code asOf};
   * {@code label} is the page title (or url), query or item.
   */
  public record Contribution(
      String eventId, String type, Instant occurredAt, String label, double contribution) {}

  /** One keyword with its weight decayed to {@code asOf}. */
  public record WeightedKeyword(String term, double weight) {}
}
