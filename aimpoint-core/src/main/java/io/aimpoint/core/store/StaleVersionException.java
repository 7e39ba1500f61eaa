package io.aimpoint.core.store;

/** An update was based on a version that is no longer current (someone else changed the object). */
public final class StaleVersionException extends RuntimeException {
  public StaleVersionException(String kind, String id, long expectedVersion) {
    super(kind + " " + id + " was changed concurrently; expected version " + expectedVersion);
  }
}
