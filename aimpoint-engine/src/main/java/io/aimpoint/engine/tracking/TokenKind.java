package io.aimpoint.engine.tracking;

/** What a tracking token is good for; an impression token cannot be used as a click. */
public enum TokenKind {
  IMPRESSION,
  CLICK
}
