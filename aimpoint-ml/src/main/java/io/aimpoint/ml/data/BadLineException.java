package io.aimpoint.ml.data;

/**
 * Thrown by line parsers to reject a line; caught by {@link LineExampleReader}, which records it.
 * Carries no stack trace: bad lines can be frequent and the reason says everything.
 */
final class BadLineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadLineException(String reason) {
    super(reason, null, false, false);
  }
}
