package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;

/**
 * Spending limits in micros. Either may be absent ({@code null}) but not both. A day is a UTC
 * calendar day.
 */
public record Budget(Long dailyMicros, Long lifetimeMicros) {
  public static final long MAX_MICROS = 1_000_000_000_000_000L;

  void validate(Errors errors) {
    if (dailyMicros == null && lifetimeMicros == null) {
      errors.add("dailyMicros", "a daily or a lifetime budget is required");
      return;
    }
    if (dailyMicros != null) {
      errors.require(
          dailyMicros > 0 && dailyMicros <= MAX_MICROS,
          "dailyMicros",
          "must be in 1.." + MAX_MICROS + " (was " + dailyMicros + ")");
    }
    if (lifetimeMicros != null) {
      errors.require(
          lifetimeMicros > 0 && lifetimeMicros <= MAX_MICROS,
          "lifetimeMicros",
          "must be in 1.." + MAX_MICROS + " (was " + lifetimeMicros + ")");
    }
  }
}
