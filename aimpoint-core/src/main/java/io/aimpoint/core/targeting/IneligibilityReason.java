package io.aimpoint.core.targeting;

/**
 * Why a campaign or creative may not serve to a request. The order of the constants is the order in
 * which {@link TargetingMatcher} checks them, so the first failing reason is deterministic.
 */
public enum IneligibilityReason {
  /** The advertiser, campaign or creative is not {@code ACTIVE}. */
  NOT_ACTIVE,
  /** The request comes before the campaign's {@code startAt}. */
  NOT_STARTED,
  /** The request comes at or after the campaign's {@code endAt}. */
  ENDED,
  /** The request falls outside the campaign's hours or weekdays. */
  OUTSIDE_DAYPART,
  /** The user's age is unknown or outside the targeted range. */
  AGE,
  /** The user's gender is unknown or not targeted. */
  GENDER,
  /** The user's country, region or city is unknown or not targeted. */
  GEO,
  /** The user's device type is unknown or not targeted. */
  DEVICE,
  /** None of the user's interests is targeted (or the user has none we may use). */
  INTEREST,
  /** The user is in none of the targeted segments (or we may not use segments). */
  SEGMENT,
  /** None of the campaign's include keywords occurs in the request context. */
  KEYWORD,
  /** One of the campaign's exclude keywords occurs in the request context. */
  EXCLUDED_KEYWORD,
  /** The request's language is unknown or not targeted, or differs from the creative's. */
  LANGUAGE,
  /** The campaign's daily or lifetime budget is spent (checked by the engine). */
  BUDGET_EXHAUSTED,
  /** The user saw the campaign as often as its frequency cap allows (checked by the engine). */
  FREQUENCY_CAPPED
}
