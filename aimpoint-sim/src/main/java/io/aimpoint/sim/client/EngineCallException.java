package io.aimpoint.sim.client;

/** A remote engine answered with an unexpected status; the message holds its problem document. */
public final class EngineCallException extends RuntimeException {
  private final int status;

  public EngineCallException(String message, int status) {
    super(message);
    this.status = status;
  }

  public EngineCallException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
  }

  /** The HTTP status, or -1 if no answer came. */
  public int status() {
    return status;
  }
}
