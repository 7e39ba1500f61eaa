package io.aimpoint.engine.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.event.ServedVariant;
import io.aimpoint.testkit.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Tokens carry the served combination of a dynamic creative; older tokens still verify. */
class TrackingTokensVariantTest {
  static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");
  final byte[] key = "a-tracking-key-of-32-bytes-len!!".getBytes(StandardCharsets.UTF_8);
  final TrackingTokens tokens = new TrackingTokens(key, new FakeClock(T0), Duration.ofDays(2));

  static ServedAd ad(ServedVariant variant) {
    return new ServedAd(
        0,
        "adv",
        "cmp",
        "crv",
        BidType.CPC,
        1_500_000,
        1_234_567,
        36_000,
        0.01,
        0.1,
        0.25,
        variant);
  }

  static TrackingClaims claims(ServedAd ad) {
    return new TrackingClaims("0123456789abcdef", "fedcba9876543210", Consent.DENIED, ad, T0);
  }

  @Test
  void round_trips_the_served_variant() {
    TrackingClaims claims = claims(ad(new ServedVariant("t2-b0-i1", "seg:cluster-3")));

    String token = tokens.issue(TokenKind.CLICK, claims);

    assertThat(tokens.verify(TokenKind.CLICK, token)).isEqualTo(claims);
  }

  @Test
  void round_trips_an_ad_without_a_variant() {
    TrackingClaims claims = claims(ad(null));
    assertThat(tokens.verify(TokenKind.IMPRESSION, tokens.issue(TokenKind.IMPRESSION, claims)))
        .isEqualTo(claims);
  }

  @Test
  void a_version_2_token_still_verifies_without_a_variant() throws Exception {
    ServedAd ad = ad(null);
    byte[] payload =
        new TokenCodec.Writer()
            .put(2)
            .put(TokenKind.CLICK.ordinal())
            .put(0)
            .string("0123456789abcdef")
            .string("fedcba9876543210")
            .varLong(ad.slot())
            .string(ad.advertiserId())
            .string(ad.campaignId())
            .string(ad.creativeId())
            .put(ad.bidType().ordinal())
            .varLong(ad.bidMicros())
            .varLong(ad.priceMicros())
            .varLong(ad.ecpmMicros())
            .doubleBits(ad.pCtr())
            .doubleBits(ad.pCvr())
            .doubleBits(ad.propensity())
            .varLong(T0.getEpochSecond())
            .bytes();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] token = Arrays.copyOf(payload, payload.length + 16);
    System.arraycopy(mac.doFinal(payload), 0, token, payload.length, 16);

    TrackingClaims verified =
        tokens.verify(
            TokenKind.CLICK, Base64.getUrlEncoder().withoutPadding().encodeToString(token));

    assertThat(verified).isEqualTo(claims(ad));
  }
}
