package io.aimpoint.server;

/**
 * A request the HTTP layer itself refuses (401, 405, 413, 415, a bad query parameter...). Turned
 * into a problem response by {@link Problems}, like every other error.
 */
final class HttpException extends RuntimeException {
  private final int status;
  private final String title;

  HttpException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
