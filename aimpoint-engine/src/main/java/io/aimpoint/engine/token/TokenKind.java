package io.aimpoint.engine.token;

/** What a tracking token is good for; an impression token cannot be used as a click. */
public enum TokenKind {
  IMPRESSION,
  CLICK
}
