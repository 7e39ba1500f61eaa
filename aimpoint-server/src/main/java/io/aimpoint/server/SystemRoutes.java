package io.aimpoint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code /health}, {@code /metrics} (Prometheus) and {@code /openapi.json}; no key needed. */
final class SystemRoutes {
  static final String OPENAPI_RESOURCE = "/io/aimpoint/server/openapi.json";

  private final HttpMetrics metrics;
  private final byte[] openApi;

  SystemRoutes(ServerContext context) {
    this.metrics = context.metrics();
    this.openApi = loadOpenApi();
  }

  void register(Router r) {
    r.get("/health", ex -> ex.json(200, Map.of("status", "UP")));
    r.get(
        "/metrics",
        ex ->
            ex.text(
                "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape().getBytes(StandardCharsets.UTF_8)));
    r.get("/openapi.json", ex -> ex.text("application/json", openApi));
  }

  static byte[] loadOpenApi() {
    try (InputStream in = SystemRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
