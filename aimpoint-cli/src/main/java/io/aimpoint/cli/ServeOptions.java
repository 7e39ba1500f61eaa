package io.aimpoint.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one server run needs to start.
 *
 * @param port TCP port to listen on; 0 picks a free one
 * @param dataDir where the stores and the secrets live
 * @param adminKey the admin API key of this run
 * @param baseUrl public URL prefix of tracking links; null means {@code http://localhost:<port>}
 */
public record ServeOptions(int port, Path dataDir, AdminKey adminKey, String baseUrl) {
  public ServeOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535; port=" + port);
    }
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(adminKey, "adminKey");
    if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
      throw new IllegalArgumentException("base URL must be an http(s) URL; baseUrl=" + baseUrl);
    }
    baseUrl = baseUrl == null ? null : stripTrailingSlash(baseUrl);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
