package io.aimpoint.engine.token;

/** A tracking token that was tampered with, malformed or expired. */
public final class InvalidTokenException extends RuntimeException {
  public InvalidTokenException(String message) {
    super(message);
  }
}
