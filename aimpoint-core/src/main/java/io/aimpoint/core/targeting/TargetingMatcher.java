package io.aimpoint.core.targeting;

import static io.aimpoint.core.targeting.IneligibilityReason.AGE;
import static io.aimpoint.core.targeting.IneligibilityReason.DEVICE;
import static io.aimpoint.core.targeting.IneligibilityReason.ENDED;
import static io.aimpoint.core.targeting.IneligibilityReason.EXCLUDED_KEYWORD;
import static io.aimpoint.core.targeting.IneligibilityReason.GENDER;
import static io.aimpoint.core.targeting.IneligibilityReason.GEO;
import static io.aimpoint.core.targeting.IneligibilityReason.INTEREST;
import static io.aimpoint.core.targeting.IneligibilityReason.KEYWORD;
import static io.aimpoint.core.targeting.IneligibilityReason.LANGUAGE;
import static io.aimpoint.core.targeting.IneligibilityReason.NOT_ACTIVE;
import static io.aimpoint.core.targeting.IneligibilityReason.NOT_STARTED;
import static io.aimpoint.core.targeting.IneligibilityReason.OUTSIDE_DAYPART;
import static io.aimpoint.core.targeting.IneligibilityReason.SEGMENT;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.targeting.ContextKeywords.Phrase;
import io.aimpoint.core.user.Demographics;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether one campaign (and a creative of it) may serve to a {@link TargetingRequest}.
 * Build one per campaign with {@link #compile} when the campaign is loaded: the campaign's strings
 * are normalized once, so matching a request does no allocation beyond the request's own.
 *
 * <p>Rules: an empty targeting set or a null bound does not restrict. A restricting criterion fails
 * when the user's attribute is unknown (a campaign for ages 18..30 does not serve to users of
 * unknown age). Geo, interests, keywords and languages compare case-insensitively; segment ids
 * exactly. Languages match on the primary subtag when one side has no region ({@code en} matches
 * {@code en-GB}, {@code en-US} does not match {@code en-GB}). Checks run in the order of {@link
 * IneligibilityReason} and the first failing one is reported.
 */
public final class TargetingMatcher {
  private final Campaign campaign;
  private final Set<String> countries;
  private final Set<String> regions;
  private final Set<String> cities;
  private final Set<String> interests;
  private final List<Phrase> includeKeywords;
  private final List<Phrase> excludeKeywords;
  private final Set<String> languages;

  private TargetingMatcher(Campaign campaign) {
    this.campaign = campaign;
    Targeting t = campaign.targeting();
    this.countries = lowerCased(t.countries());
    this.regions = lowerCased(t.regions());
    this.cities = lowerCased(t.cities());
    this.interests = lowerCased(t.interests());
    this.includeKeywords = t.includeKeywords().stream().map(ContextKeywords::phrase).toList();
    this.excludeKeywords = t.excludeKeywords().stream().map(ContextKeywords::phrase).toList();
    this.languages =
        t.languages().stream()
            .map(TargetingRequest::normalizeLanguage)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Prepares {@code campaign}'s targeting for repeated matching. */
  public static TargetingMatcher compile(Campaign campaign) {
    return new TargetingMatcher(Objects.requireNonNull(campaign, "campaign"));
  }

  /** Checks {@code campaign} and then {@code creative} against {@code request}. */
  public static Eligibility match(Campaign campaign, Creative creative, TargetingRequest request) {
    Eligibility e = compile(campaign).matchCampaign(request);
    return e.isEligible() ? matchCreative(creative, request) : e;
  }

  /** The campaign this matcher was compiled from. */
  public Campaign campaign() {
    return campaign;
  }

  /** Status, schedule and audience of the campaign. */
  public Eligibility matchCampaign(TargetingRequest request) {
    IneligibilityReason failure = scheduleFailure(request.at());
    if (failure == null) {
      failure = audienceFailure(request);
    }
    return failure == null ? Eligibility.ELIGIBLE : Eligibility.because(failure);
  }

  /**
   * Status and language of one creative. A creative's language restricts only requests whose
   * language is known: it describes the ad, it is not an audience choice.
   */
  public static Eligibility matchCreative(Creative creative, TargetingRequest request) {
    if (creative.status() != Status.ACTIVE) {
      return Eligibility.because(NOT_ACTIVE);
    }
    String creativeLanguage = TargetingRequest.normalizeLanguage(creative.language());
    if (creativeLanguage != null
        && request.language() != null
        && !languageMatches(creativeLanguage, request.language())) {
      return Eligibility.because(LANGUAGE);
    }
    return Eligibility.ELIGIBLE;
  }

  private IneligibilityReason scheduleFailure(Instant at) {
    if (campaign.status() != Status.ACTIVE) {
      return NOT_ACTIVE;
    }
    if (campaign.startAt() != null && at.isBefore(campaign.startAt())) {
      return NOT_STARTED;
    }
    if (campaign.endAt() != null && !at.isBefore(campaign.endAt())) {
      return ENDED;
    }
    return campaign.dayparting().allows(at) ? null : OUTSIDE_DAYPART;
  }

  private IneligibilityReason audienceFailure(TargetingRequest request) {
    Targeting t = campaign.targeting();
    Demographics d = request.demographics();
    if (!ageMatches(t, d.age())) {
      return AGE;
    }
    if (!t.genders().isEmpty() && (d.gender() == null || !t.genders().contains(d.gender()))) {
      return GENDER;
    }
    if (!in(countries, d.geo().country())
        || !in(regions, d.geo().region())
        || !in(cities, d.geo().city())) {
      return GEO;
    }
    if (!t.deviceTypes().isEmpty()
        && (d.device() == null || !t.deviceTypes().contains(d.device()))) {
      return DEVICE;
    }
    if (!interests.isEmpty() && !intersects(interests, request.interests())) {
      return INTEREST;
    }
    if (!t.segments().isEmpty() && !intersects(t.segments(), request.segments())) {
      return SEGMENT;
    }
    return keywordOrLanguageFailure(request);
  }

  private IneligibilityReason keywordOrLanguageFailure(TargetingRequest request) {
    if (!includeKeywords.isEmpty() && !request.context().containsAny(includeKeywords)) {
      return KEYWORD;
    }
    if (!excludeKeywords.isEmpty() && request.context().containsAny(excludeKeywords)) {
      return EXCLUDED_KEYWORD;
    }
    if (!languages.isEmpty() && !anyLanguageMatches(request.language())) {
      return LANGUAGE;
    }
    return null;
  }

  private static boolean ageMatches(Targeting t, Integer age) {
    if (t.ageMin() == null && t.ageMax() == null) {
      return true;
    }
    return age != null
        && (t.ageMin() == null || age >= t.ageMin())
        && (t.ageMax() == null || age <= t.ageMax());
  }

  /** An empty target set allows anything; a non-empty one needs a known, listed value. */
  private static boolean in(Set<String> targeted, String value) {
    return targeted.isEmpty()
        || (value != null && targeted.contains(value.trim().toLowerCase(Locale.ROOT)));
  }

  private boolean anyLanguageMatches(String requestLanguage) {
    if (requestLanguage == null) {
      return false;
    }
    for (String target : languages) {
      if (languageMatches(target, requestLanguage)) {
        return true;
      }
    }
    return false;
  }

  /** Both tags normalized; equal, or one is the other's primary subtag. */
  static boolean languageMatches(String a, String b) {
    return a.equals(b) || b.startsWith(a + "-") || a.startsWith(b + "-");
  }

  private static boolean intersects(Set<String> targeted, Set<String> userValues) {
    Collection<String> small = userValues.size() <= targeted.size() ? userValues : targeted;
    Set<String> large = small == userValues ? targeted : userValues;
    for (String v : small) {
      if (large.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> lowerCased(Set<String> values) {
    return values.stream()
        .map(v -> v.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
