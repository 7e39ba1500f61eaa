package io.aimpoint.engine.token;

import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.ServedAd;
import java.time.Instant;
import java.util.Objects;

/**
 * What a tracking token vouches for: one served ad ({@code ad}, including its slot and price) of
 * decision {@code decisionId} to user {@code userKey} with {@code consent}, issued at {@code
 * issuedAt} (whole seconds).
 */
public record TrackingClaims(
    String decisionId, String userKey, Consent consent, ServedAd ad, Instant issuedAt) {
  public TrackingClaims {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(userKey, "userKey");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(ad, "ad");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public int slot() {
    return ad.slot();
  }
}
