package io.aimpoint.engine.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.testkit.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackingTokensTest {
  static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");
  final FakeClock clock = new FakeClock(T0);
  final byte[] key = "a-tracking-key-of-32-bytes-len!!".getBytes(StandardCharsets.UTF_8);
  final TrackingTokens tokens = new TrackingTokens(key, clock, Duration.ofDays(2));

  static TrackingClaims claims() {
    ServedAd ad =
        new ServedAd(
            2,
            "adv_abcdefghijklmnop",
            "cmp_abcdefghijklmnop",
            "crv_abcdefghijklmnop",
            BidType.CPC,
            1_500_000,
            1_234_567,
            36_000_123,
            0.0123456789,
            0.0987654321);
    return new TrackingClaims(
        "0123456789abcdef0123456789abcdef",
        "fedcba9876543210fedcba9876543210",
        Consent.GRANTED,
        ad,
        T0);
  }

  @Test
  void round_trips_every_claim_in_a_compact_url_safe_token() {
    String token = tokens.issue(TokenKind.CLICK, claims());

    assertThat(tokens.verify(TokenKind.CLICK, token)).isEqualTo(claims());
    assertThat(token).hasSizeLessThan(300).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void rejects_every_single_bit_flip() {
    byte[] raw = Base64.getUrlDecoder().decode(tokens.issue(TokenKind.IMPRESSION, claims()));
    for (int i = 0; i < raw.length * 8; i++) {
      byte[] tampered = raw.clone();
      tampered[i / 8] ^= (byte) (1 << (i % 8));
      String t = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
      assertThatThrownBy(() -> tokens.verify(TokenKind.IMPRESSION, t))
          .as("bit %d", i)
          .isInstanceOf(InvalidTokenException.class);
    }
  }

  @Test
  void rejects_a_token_signed_with_another_key() {
    TrackingTokens other =
        new TrackingTokens(
            "another-key-of-sufficient-length".getBytes(StandardCharsets.UTF_8),
            clock,
            Duration.ofDays(2));
    String forged = other.issue(TokenKind.IMPRESSION, claims());

    assertThatThrownBy(() -> tokens.verify(TokenKind.IMPRESSION, forged))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signature");
  }

  @Test
  void rejects_an_impression_token_used_as_a_click() {
    String impression = tokens.issue(TokenKind.IMPRESSION, claims());

    assertThatThrownBy(() -> tokens.verify(TokenKind.CLICK, impression))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("not a click token");
  }

  @Test
  void rejects_an_expired_token_and_accepts_it_until_then() {
    String token = tokens.issue(TokenKind.IMPRESSION, claims());

    clock.advance(Duration.ofDays(2));
    assertThat(tokens.verify(TokenKind.IMPRESSION, token).decisionId()).isNotEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> tokens.verify(TokenKind.IMPRESSION, token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void rejects_malformed_input_without_other_exceptions() {
    Random random = new Random(42);
    for (String junk : new String[] {"", "%%%", "a", "AAAA", "x".repeat(5000), null}) {
      assertThatThrownBy(() -> tokens.verify(TokenKind.CLICK, junk))
          .isInstanceOf(InvalidTokenException.class);
    }
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      String t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      assertThatThrownBy(() -> tokens.verify(TokenKind.CLICK, t))
          .isInstanceOf(InvalidTokenException.class);
    }
  }

  @Test
  void keeps_non_hex_ids_exactly() {
    TrackingClaims c = claims();
    TrackingClaims odd =
        new TrackingClaims("Decision-ÄÖ-1", "ABC", Consent.DENIED, c.ad(), T0.plusSeconds(7));

    assertThat(tokens.verify(TokenKind.IMPRESSION, tokens.issue(TokenKind.IMPRESSION, odd)))
        .isEqualTo(odd);
  }
}
