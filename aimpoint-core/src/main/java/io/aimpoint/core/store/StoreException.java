package io.aimpoint.core.store;

/** A storage back end failed (I/O, corruption, unavailable). Not the caller's fault. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
