package io.aimpoint.engine.decision;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.targeting.ContextKeywords;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.Geo;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a validated {@link AdRequest} into a {@link DecisionContext}: pseudonymizes the user id,
 * loads the profile only with profiling consent (under the current pseudonym key, else under a
 * previous one of the key ring: read only, the profile side migrates it), merges the request's
 * demographics over the profile's (the request is fresher) and normalizes the context keywords.
 */
final class DecisionContexts {
  private final PseudonymKeyRing keys;
  private final ProfileStore profiles;

  /** {@code keys} null: the config's current key only. */
  DecisionContexts(EngineConfig config, PseudonymKeyRing keys, ProfileStore profiles) {
    this.keys = keys != null ? keys : new PseudonymKeyRing(config.pseudonymKey(), List.of());
    this.profiles = profiles;
  }

  DecisionContext build(String decisionId, AdRequest request, Instant now) {
    AdRequest.User user = request.user();
    String userKey = keys.current(user.id());
    boolean consent = Boolean.TRUE.equals(user.consent());
    Optional<UserProfile> profile = consent ? profile(user.id(), userKey) : Optional.empty();
    Demographics stated =
        new Demographics(user.age(), user.gender(), clean(user.geo()), user.device());
    Demographics merged =
        stated.mergedOver(profile.map(UserProfile::demographics).orElse(Demographics.UNKNOWN));
    AdRequest.Context ctx = request.context();
    ContextKeywords keywords =
        ctx == null
            ? ContextKeywords.EMPTY
            : ContextKeywords.of(ctx.keywords(), ctx.query(), ctx.pageText());
    TargetingRequest targeting =
        new TargetingRequest(
            now,
            merged,
            profile.map(DecisionContexts::interests).orElse(Set.of()),
            profile.map(UserProfile::segments).orElse(Set.of()),
            keywords,
            ctx == null ? null : ctx.language(),
            consent);
    return new DecisionContext(decisionId, request.placementId(), userKey, profile, targeting);
  }

  /**
   * The profile under the current key, unless it holds no behaviour yet (only exposure counts) and
   * one under a previous key does: the same rule as {@code ProfileUpdater.migrate}, without
   * writing, so that decisions stay read-only and a user is not a stranger between a key rotation
   * and the profile's migration.
   */
  private Optional<UserProfile> profile(String rawUserId, String userKey) {
    Optional<UserProfile> current = profiles.get(userKey);
    if (current.filter(p -> p.eventCount() > 0).isPresent()) {
      return current;
    }
    for (String previousKey : keys.previous(rawUserId)) {
      Optional<UserProfile> old = profiles.get(previousKey);
      if (old.isPresent()) {
        return old;
      }
    }
    return current;
  }

  /** Interests with a positive weight; weights decay, so old ones fade out of targeting. */
  private static Set<String> interests(UserProfile p) {
    return p.interests().entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue() > 0)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Blank geo fields mean unknown, so that they fall back to the profile's. */
  private static Geo clean(Geo geo) {
    if (geo == null) {
      return Geo.UNKNOWN;
    }
    return new Geo(blankToNull(geo.country()), blankToNull(geo.region()), blankToNull(geo.city()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
