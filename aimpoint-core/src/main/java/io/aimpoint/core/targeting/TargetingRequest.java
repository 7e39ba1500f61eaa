package io.aimpoint.core.targeting;

import io.aimpoint.core.user.Demographics;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A decision request as targeting sees it. {@code demographics} are the request's attributes merged
 * over the stored profile's; {@code interests} (interest categories) and {@code segments} come from
 * the profile and are forced empty without profiling consent, so a campaign targeting them does not
 * serve to such users. Interests and {@code language} are lower-cased here; segment ids are exact.
 *
 * @param at when the ad would be shown
 * @param language the page language as a BCP 47 tag (e.g. {@code en-US}); null if unknown
 * @param profilingConsent whether the user allowed profiling
 */
public record TargetingRequest(
    Instant at,
    Demographics demographics,
    Set<String> interests,
    Set<String> segments,
    ContextKeywords context,
    String language,
    boolean profilingConsent) {

  public TargetingRequest {
    Objects.requireNonNull(at, "at");
    demographics = demographics == null ? Demographics.UNKNOWN : demographics;
    interests = profilingConsent ? lowerCased(interests) : Set.of();
    segments = profilingConsent && segments != null ? Set.copyOf(segments) : Set.of();
    context = context == null ? ContextKeywords.EMPTY : context;
    language = normalizeLanguage(language);
  }

  /** A request with no user data and no context, for tests and context-free callers. */
  public static TargetingRequest anonymous(Instant at) {
    return new TargetingRequest(at, Demographics.UNKNOWN, Set.of(), Set.of(), null, null, false);
  }

  /** Lower-cases a language tag and uses {@code -} as separator; blank becomes null. */
  public static String normalizeLanguage(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
  }

  private static Set<String> lowerCased(Set<String> values) {
    if (values == null || values.isEmpty()) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v.trim().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }
}
