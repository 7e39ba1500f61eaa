package io.aimpoint.engine.tracking;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.engine.auth.Caller;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A validated {@link ConversionRequest}: the advertiser it is for (from the caller's key, or named
 * by an admin caller), when it happened, and its value.
 */
record ConversionInput(
    String advertiserId,
    String orderId,
    String userId,
    String clickId,
    long valueMicros,
    Instant occurredAt) {
  /** How far in the future a reported timestamp may be (clock skew between systems). */
  static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);

  /** Validates {@code request}; throws {@code ValidationException} naming each bad field. */
  static ConversionInput of(
      Caller caller, ConversionRequest request, Instant now, CampaignStore campaigns) {
    Errors errors = new Errors();
    if (request == null) {
      errors.add("body", "is required").throwIfAny();
    }
    String advertiserId = advertiserId(caller, request.advertiserId(), errors);
    errors.requireText(request.orderId(), "orderId", 128);
    errors.optionalText(request.userId(), "userId", 256);
    errors.optionalText(request.clickId(), "clickId", 128);
    if (blank(request.userId()) && blank(request.clickId())) {
      errors.add("userId", "userId or clickId is required");
    }
    Long value = request.valueMicros();
    errors.require(
        value == null || (value >= 0 && value <= Budget.MAX_MICROS),
        "valueMicros",
        "must be in 0.." + Budget.MAX_MICROS + " (was " + value + ")");
    Instant at = timestamp(request.timestamp(), now, errors);
    errors.throwIfAny();
    if (campaigns.advertiser(advertiserId).isEmpty()) {
      errors.add("advertiserId", "no advertiser " + advertiserId).throwIfAny();
    }
    return new ConversionInput(
        advertiserId,
        request.orderId(),
        blank(request.userId()) ? null : request.userId(),
        blank(request.clickId()) ? null : request.clickId(),
        value == null ? 0 : value,
        at);
  }

  private static String advertiserId(Caller caller, String requested, Errors errors) {
    if (caller == null || caller.role() == null) {
      errors.add("advertiserId", "an authenticated caller is required");
      return null;
    }
    switch (caller.role()) {
      case ADMIN -> {
        errors.requireText(requested, "advertiserId", 64);
        return requested;
      }
      case ADVERTISER -> {
        if (requested != null && !requested.equals(caller.advertiserId())) {
          errors.add("advertiserId", "must be your own advertiser or absent");
        }
        return caller.advertiserId();
      }
      default -> {
        errors.add("advertiserId", "only admin and advertiser keys may report conversions");
        return null;
      }
    }
  }

  private static Instant timestamp(String raw, Instant now, Errors errors) {
    if (raw == null || raw.isBlank()) {
      return now;
    }
    try {
      Instant at = Instant.parse(raw.trim());
      if (at.isAfter(now.plus(MAX_FUTURE_SKEW))) {
        errors.add("timestamp", "must not be in the future (was " + raw + ")");
      }
      return at;
    } catch (DateTimeParseException e) {
      errors.add("timestamp", "must be an ISO-8601 instant like 2025-03-10T12:00:00Z");
      return now;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
