package io.aimpoint.core.user;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the engine knows about one pseudonymous user. {@code interests} maps a category to a weight
 * that decays with time since {@code updatedAt}; {@code segments} are audience segment ids.
 */
public record UserProfile(
    String userKey,
    Demographics demographics,
    Map<String, Double> interests,
    Set<String> segments,
    long eventCount,
    Instant updatedAt) {

  public UserProfile {
    demographics = demographics == null ? Demographics.UNKNOWN : demographics;
    interests = interests == null ? Map.of() : Map.copyOf(interests);
    segments = segments == null ? Set.of() : Set.copyOf(segments);
  }

  public static UserProfile empty(String userKey, Instant at) {
    return new UserProfile(userKey, Demographics.UNKNOWN, Map.of(), Set.of(), 0, at);
  }
}
