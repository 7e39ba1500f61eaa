package io.aimpoint.core.event;

/**
 * What the user agreed to. Without {@code profiling} nothing is added to the user's profile and
 * decisions use the request context only.
 */
public record Consent(boolean profiling) {
  public static final Consent GRANTED = new Consent(true);
  public static final Consent DENIED = new Consent(false);
}
