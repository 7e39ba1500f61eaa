package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;

/**
 * At most {@code maxImpressions} impressions of the campaign per user within any {@code
 * windowSeconds}.
 */
public record FrequencyCap(int maxImpressions, long windowSeconds) {
  public static final long MAX_WINDOW_SECONDS = 90L * 24 * 3600;

  void validate(Errors errors) {
    errors.require(
        maxImpressions > 0, "maxImpressions", "must be positive (was " + maxImpressions + ")");
    errors.require(
        windowSeconds >= 60 && windowSeconds <= MAX_WINDOW_SECONDS,
        "windowSeconds",
        "must be in 60.." + MAX_WINDOW_SECONDS + " (was " + windowSeconds + ")");
  }
}
