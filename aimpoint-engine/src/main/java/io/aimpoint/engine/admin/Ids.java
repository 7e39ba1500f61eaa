package io.aimpoint.engine.admin;

import java.security.SecureRandom;

/**
 * Generates object ids: a type prefix ({@code adv_}, {@code cmp_}, {@code crv_}) and 16 random
 * base32 characters (80 bits). Random rather than sequential so that ids reveal neither counts nor
 * creation order and several engine instances need no coordination.
 */
public final class Ids {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int LENGTH = 16;

  private final SecureRandom random;

  public Ids(SecureRandom random) {
    this.random = random;
  }

  public Ids() {
    this(new SecureRandom());
  }

  /** A new id {@code prefix + "_" + 16 base32 characters}. */
  public String next(String prefix) {
    StringBuilder sb = new StringBuilder(prefix.length() + 1 + LENGTH).append(prefix).append('_');
    for (int i = 0; i < LENGTH; i++) {
      sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }
}
