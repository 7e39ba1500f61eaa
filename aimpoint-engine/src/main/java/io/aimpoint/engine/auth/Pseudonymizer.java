package io.aimpoint.engine.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces raw user ids with a keyed hash (HMAC-SHA256, truncated to 128 bits) at the edge, so that
 * raw ids are never stored and cannot be recovered without the key. A dictionary attack on the
 * stored keys needs the secret.
 */
public final class Pseudonymizer {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  public Pseudonymizer(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException(
          "pseudonym key must have at least 16 bytes; length=" + secret.length);
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** The pseudonymous user key of {@code rawUserId}: 32 lower-case hex characters. */
  public String userKey(String rawUserId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(rawUserId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
