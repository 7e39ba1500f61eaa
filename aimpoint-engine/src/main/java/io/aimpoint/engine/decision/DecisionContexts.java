package io.aimpoint.engine.decision;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.targeting.ContextKeywords;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.Geo;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.ml.text.TextEmbedder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a validated {@link AdRequest} into a {@link DecisionContext}: pseudonymizes the user id,
 * loads the profile only with profiling consent (under the current pseudonym key, else under a
 * previous one of the key ring: read only, the profile side migrates it), merges the request's
 * demographics over the profile's (the request is fresher) and normalizes the context keywords.
 *
 * <p>With an embedder it also embeds the context text ({@link #contextVector}) for the rankers'
 * text similarity, with or without consent: the page is not the user. The embedder must be the one
 * the catalog embeds creatives with, so that their dot product is a cosine; it is expected to cache
 * by content hash ({@code CachingEmbedder}), since popular pages and queries repeat and a miss
 * costs a model run (a few milliseconds) on the decision path.
 */
final class DecisionContexts {
  /**
   * Context text beyond this many characters is not embedded: the model keeps 512 tokens anyway,
   * and a page's opening says what it is about; this bounds the model's time per decision.
   */
  static final int MAX_CONTEXT_CHARS = 1_000;

  private static final Logger log = LoggerFactory.getLogger(DecisionContexts.class);

  private final PseudonymKeyRing keys;
  private final ProfileStore profiles;
  private final TextEmbedder embedder;

  /** {@code keys} null: the config's current key only. No context embedding. */
  DecisionContexts(EngineConfig config, PseudonymKeyRing keys, ProfileStore profiles) {
    this(config, keys, profiles, null);
  }

  /**
   * @param keys null: the config's current key only
   * @param embedder embeds the context text, or null for no context vector
   */
  DecisionContexts(
      EngineConfig config, PseudonymKeyRing keys, ProfileStore profiles, TextEmbedder embedder) {
    this.keys = keys != null ? keys : new PseudonymKeyRing(config.pseudonymKey(), List.of());
    this.profiles = profiles;
    this.embedder = embedder;
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
    return new DecisionContext(
        decisionId, request.placementId(), userKey, profile, targeting, contextVector(ctx));
  }

  /**
   * The embedding of the request's context: a search query with the embedder's query form (BGE adds
   * its retrieval instruction), else the page text as a passage; empty without an embedder, without
   * context text, or when the model fails (the decision goes on without text similarity).
   */
  float[] contextVector(AdRequest.Context ctx) {
    if (embedder == null || ctx == null) {
      return null;
    }
    try {
      if (ctx.query() != null && !ctx.query().isBlank()) {
        return embedder.embedQuery(bounded(ctx.query()));
      }
      if (ctx.pageText() != null && !ctx.pageText().isBlank()) {
        return embedder.embed(bounded(ctx.pageText()));
      }
    } catch (RuntimeException e) {
      log.warn("embedding the decision context failed; deciding without it", e);
    }
    return null;
  }

  private static String bounded(String text) {
    return text.length() <= MAX_CONTEXT_CHARS ? text : text.substring(0, MAX_CONTEXT_CHARS);
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
