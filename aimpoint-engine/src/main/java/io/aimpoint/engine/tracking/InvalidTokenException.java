package io.aimpoint.engine.tracking;

/** A tracking token that was tampered with, malformed or expired. */
public final class InvalidTokenException extends RuntimeException {
  public InvalidTokenException(String message) {
    super(message);
  }
}
