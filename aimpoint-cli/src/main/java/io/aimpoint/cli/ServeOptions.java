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
 * @param textEmbedder whether to load the BGE text embedder (creatives, page text and queries);
 *     false runs without text vectors, for small machines
 */
public record ServeOptions(
    int port, Path dataDir, AdminKey adminKey, String baseUrl, boolean textEmbedder) {
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

  /** Options with the text embedder on. */
  public ServeOptions(int port, Path dataDir, AdminKey adminKey, String baseUrl) {
    this(port, dataDir, adminKey, baseUrl, true);
  }

  /** These options with the text embedder on or off. */
  public ServeOptions withTextEmbedder(boolean on) {
    return new ServeOptions(port, dataDir, adminKey, baseUrl, on);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
