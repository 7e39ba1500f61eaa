/**
 * Eligibility: whether a campaign and one of its creatives may serve to a request, judged on the
 * request alone (schedule, demographics, geo, device, interests, segments, keywords, language).
 * Checks that need state (budget left, frequency caps) are done by the engine and reported with the
 * same {@link io.aimpoint.core.targeting.IneligibilityReason}.
 */
package io.aimpoint.core.targeting;
