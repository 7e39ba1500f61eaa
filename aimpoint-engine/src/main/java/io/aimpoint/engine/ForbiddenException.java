package io.aimpoint.engine;

/**
 * The caller is authenticated but its role may not do this at all (e.g. a publisher key managing
 * campaigns). Used only where refusing does not reveal whether an object exists; access to another
 * advertiser's objects is a {@link NotFoundException} instead.
 */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
