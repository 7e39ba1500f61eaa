package io.aimpoint.engine.token;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.event.ServedVariant;
import io.aimpoint.engine.EngineConfig;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies the signed tokens of tracking URLs ({@code /t/i/{token}}, {@code
 * /t/c/{token}}).
 *
 * <p>A token is URL-safe base64 (no padding) of a compact binary payload followed by its
 * HMAC-SHA256 truncated to 128 bits. The payload holds a format version, the {@link TokenKind}, the
 * {@link TrackingClaims} (decision id, user key, consent, the served ad with its price, issue time
 * in seconds). Verification recomputes the MAC over the payload and compares in constant time
 * before reading anything; a token is rejected if it is malformed, forged or altered, of the other
 * kind, or older than the TTL. Typical tokens are 200-250 characters.
 */
public final class TrackingTokens {
  private static final String ALGORITHM = "HmacSHA256";

  /**
   * Version 3 adds the served variant of a dynamic creative; version 2 added the propensity. Tokens
   * of versions 1 (propensity 1) and 2 (no variant) still verify.
   */
  private static final int VERSION = 3;

  private static final int VERSION_WITHOUT_VARIANT = 2;
  private static final int VERSION_WITHOUT_PROPENSITY = 1;
  private static final int MAC_BYTES = 16;

  /** Far above any real token; rejects junk before decoding it. */
  private static final int MAX_TOKEN_CHARS = 1024;

  private static final BidType[] BID_TYPES = BidType.values();
  private static final TokenKind[] KINDS = TokenKind.values();

  private final SecretKeySpec key;
  private final Clock clock;
  private final Duration ttl;

  public TrackingTokens(byte[] trackingKey, Clock clock, Duration ttl) {
    if (trackingKey == null || trackingKey.length < 16) {
      throw new IllegalArgumentException(
          "tracking key must have at least 16 bytes; length="
              + (trackingKey == null ? "null" : trackingKey.length));
    }
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive; ttl=" + ttl);
    }
    this.key = new SecretKeySpec(trackingKey.clone(), ALGORITHM);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = ttl;
  }

  public TrackingTokens(EngineConfig config) {
    this(config.trackingKey(), config.clock(), config.trackingTokenTtl());
  }

  /** A signed token of {@code kind} for {@code claims}. */
  public String issue(TokenKind kind, TrackingClaims claims) {
    ServedAd ad = claims.ad();
    TokenCodec.Writer writer =
        new TokenCodec.Writer()
            .put(VERSION)
            .put(kind.ordinal())
            .put(claims.consent().profiling() ? 1 : 0)
            .string(claims.decisionId())
            .string(claims.userKey())
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
            .varLong(claims.issuedAt().getEpochSecond());
    writeVariant(writer, ad.variant());
    byte[] payload = writer.bytes();
    byte[] token = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac(payload, payload.length), 0, token, payload.length, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /**
   * The claims of a valid, unexpired token of {@code expected} kind.
   *
   * @throws InvalidTokenException if the token is malformed, tampered with, of the other kind or
   *     expired
   */
  public TrackingClaims verify(TokenKind expected, String token) {
    byte[] bytes = authenticated(token);
    TokenCodec.Reader r = new TokenCodec.Reader(bytes, bytes.length - MAC_BYTES);
    int version = r.unsignedByte();
    if (version != VERSION
        && version != VERSION_WITHOUT_VARIANT
        && version != VERSION_WITHOUT_PROPENSITY) {
      throw new InvalidTokenException("unsupported token version");
    }
    TokenKind kind = enumAt(KINDS, r.unsignedByte());
    if (kind != expected) {
      throw new InvalidTokenException(
          "not a " + expected.name().toLowerCase(java.util.Locale.ROOT) + " token");
    }
    TrackingClaims claims = readClaims(r, version);
    if (!r.atEnd()) {
      throw new InvalidTokenException("malformed token: trailing bytes");
    }
    if (clock.instant().isAfter(claims.issuedAt().plus(ttl))) {
      throw new InvalidTokenException("token expired");
    }
    return claims;
  }

  private byte[] authenticated(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      throw new InvalidTokenException("malformed token");
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("malformed token: not base64url");
    }
    if (bytes.length <= MAC_BYTES) {
      throw new InvalidTokenException("malformed token: too short");
    }
    int payloadLength = bytes.length - MAC_BYTES;
    byte[] expected = mac(bytes, payloadLength);
    byte[] actual = Arrays.copyOfRange(bytes, payloadLength, bytes.length);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new InvalidTokenException("invalid token signature");
    }
    return bytes;
  }

  private static TrackingClaims readClaims(TokenCodec.Reader r, int version) {
    Consent consent = r.unsignedByte() == 1 ? Consent.GRANTED : Consent.DENIED;
    String decisionId = r.string();
    String userKey = r.string();
    int slot = (int) Math.min(Integer.MAX_VALUE, r.varLong());
    ServedAd ad =
        new ServedAd(
            slot,
            r.string(),
            r.string(),
            r.string(),
            enumAt(BID_TYPES, r.unsignedByte()),
            r.varLong(),
            r.varLong(),
            r.varLong(),
            r.doubleBits(),
            r.doubleBits(),
            version >= VERSION_WITHOUT_VARIANT ? propensity(r.doubleBits()) : 1.0,
            null);
    Instant issuedAt = Instant.ofEpochSecond(Math.min(r.varLong(), Instant.MAX.getEpochSecond()));
    ServedVariant variant = version >= VERSION ? readVariant(r) : null;
    return new TrackingClaims(
        decisionId,
        userKey,
        consent,
        variant == null ? ad : ad.withVariant(variant, 1.0),
        issuedAt);
  }

  /** A presence byte, then the combination id and the segment. */
  private static void writeVariant(TokenCodec.Writer writer, ServedVariant variant) {
    if (variant == null) {
      writer.put(0);
    } else {
      writer.put(1).string(variant.combinationId()).string(variant.segment());
    }
  }

  private static ServedVariant readVariant(TokenCodec.Reader r) {
    return switch (r.unsignedByte()) {
      case 0 -> null;
      case 1 -> new ServedVariant(r.string(), r.string());
      default -> throw new InvalidTokenException("malformed token: bad variant marker");
    };
  }

  private static double propensity(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new InvalidTokenException("malformed token: propensity " + p);
    }
    return p;
  }

  private static <E> E enumAt(E[] values, int ordinal) {
    if (ordinal >= values.length) {
      throw new InvalidTokenException("malformed token: unknown value " + ordinal);
    }
    return values[ordinal];
  }

  private byte[] mac(byte[] data, int length) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(data, 0, length);
      return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
