package io.aimpoint.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine knows about one pseudonymous user (see docs/profiles.md).
 *
 * <p>{@code interests} maps a category and {@code keywords} a keyword to a weight that decays with
 * time; both are stored as of {@code updatedAt}. {@code semantic} is the decayed mean embedding of
 * the content the user engaged with. {@code behaviours} holds the most recent behaviour events,
 * oldest first. {@code rfm} and {@code exposure} are undecayed counters. {@code segments} are
 * audience segment ids. Null collections and parts read as empty.
 */
public record UserProfile(
    String userKey,
    Demographics demographics,
    Map<String, Double> interests,
    Set<String> segments,
    long eventCount,
    Instant updatedAt,
    Map<String, Double> keywords,
    SemanticInterest semantic,
    List<Behaviour> behaviours,
    RfmCounters rfm,
    AdExposure exposure) {

  public UserProfile {
    demographics = demographics == null ? Demographics.UNKNOWN : demographics;
    interests = interests == null ? Map.of() : Map.copyOf(interests);
    segments = segments == null ? Set.of() : Set.copyOf(segments);
    keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    semantic = semantic == null ? SemanticInterest.NONE : semantic;
    behaviours = behaviours == null ? List.of() : List.copyOf(behaviours);
    rfm = rfm == null ? RfmCounters.NONE : rfm;
    exposure = exposure == null ? AdExposure.NONE : exposure;
  }

  /** A profile with interests only; the richer parts start empty. */
  public UserProfile(
      String userKey,
      Demographics demographics,
      Map<String, Double> interests,
      Set<String> segments,
      long eventCount,
      Instant updatedAt) {
    this(
        userKey,
        demographics,
        interests,
        segments,
        eventCount,
        updatedAt,
        null,
        null,
        null,
        null,
        null);
  }

  public static UserProfile empty(String userKey, Instant at) {
    return new UserProfile(userKey, Demographics.UNKNOWN, Map.of(), Set.of(), 0, at);
  }

  /** This profile under another user key (pseudonym key rotation). */
  public UserProfile withUserKey(String newUserKey) {
    return new UserProfile(
        newUserKey,
        demographics,
        interests,
        segments,
        eventCount,
        updatedAt,
        keywords,
        semantic,
        behaviours,
        rfm,
        exposure);
  }

  /** This profile with other ad exposure counts. */
  public UserProfile withExposure(AdExposure newExposure) {
    return new UserProfile(
        userKey,
        demographics,
        interests,
        segments,
        eventCount,
        updatedAt,
        keywords,
        semantic,
        behaviours,
        rfm,
        newExposure);
  }

  /** This profile with other audience segment ids. */
  public UserProfile withSegments(Set<String> newSegments) {
    return new UserProfile(
        userKey,
        demographics,
        interests,
        newSegments,
        eventCount,
        updatedAt,
        keywords,
        semantic,
        behaviours,
        rfm,
        exposure);
  }
}
