package io.aimpoint.server;

/**
 * How the HTTP server listens.
 *
 * @param host interface to bind, e.g. {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port TCP port; 0 picks a free one ({@link AimpointServer#port()} tells which)
 * @param publicBaseUrl the URL clients reach this server under, used in tracking links (e.g. {@code
 *     https://ads.example.com}); null means {@code http://localhost:<bound port>}
 * @param maxRequestBytes largest accepted request body; larger ones get 413
 */
public record ServerOptions(String host, int port, String publicBaseUrl, long maxRequestBytes) {
  /** 1 MiB: a full batch of 1000 events with text fits, a runaway upload does not. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is required; host=" + host);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535; port=" + port);
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be at least 1024; maxRequestBytes=" + maxRequestBytes);
    }
    if (publicBaseUrl != null) {
      publicBaseUrl =
          publicBaseUrl.endsWith("/")
              ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
              : publicBaseUrl;
    }
  }

  /** All interfaces, the given port, links to localhost, 1 MiB bodies. */
  public static ServerOptions defaults(int port) {
    return new ServerOptions("0.0.0.0", port, null, DEFAULT_MAX_REQUEST_BYTES);
  }
}
