package io.aimpoint.server;

import io.aimpoint.engine.Engine;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Aimpoint HTTP API on a Helidon SE web server. {@code start} binds and returns at once;
 * handlers run as blocking code on virtual threads, one per request.
 *
 * <pre>{@code
 * AimpointServer server = AimpointServer.start(engine, ServerOptions.defaults(8080));
 * ...
 * server.stop();
 * }</pre>
 */
public final class AimpointServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AimpointServer.class);

  private final WebServer server;
  private final List<Router.Route> routes;

  private AimpointServer(WebServer server, List<Router.Route> routes) {
    this.server = server;
    this.routes = routes;
  }

  /** Starts serving {@code engine} as configured by {@code options}. */
  public static AimpointServer start(Engine engine, ServerOptions options) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(options, "options");
    BoundPort bound = new BoundPort();
    ServerContext context =
        new ServerContext(
            engine,
            new Json(),
            new HttpMetrics(),
            options.maxRequestBytes(),
            () ->
                options.publicBaseUrl() != null
                    ? options.publicBaseUrl()
                    : "http://localhost:" + bound.port);
    Router router = routes(context);
    HttpRouting.Builder routing = HttpRouting.builder();
    router.install(routing);
    WebServer server =
        WebServer.builder()
            .host(options.host())
            .port(options.port())
            // A hard stop for runaway uploads, well above the limit: below it, handlers answer with
            // a 413 problem document; above it the web server drops the request.
            .maxPayloadSize(Math.max(options.maxRequestBytes() * 8, 16L << 20))
            .routing(routing)
            .build()
            .start();
    bound.port = server.port();
    log.info(
        "Aimpoint API listening on {}:{} (max request {} bytes, tracking links under {})",
        options.host(),
        server.port(),
        options.maxRequestBytes(),
        context.publicBaseUrl().get());
    return new AimpointServer(server, router.routes());
  }

  static Router routes(ServerContext context) {
    Router router = new Router(context);
    new SystemRoutes(context).register(router);
    new AdminRoutes(context).register(router);
    new KeyRoutes(context).register(router);
    new EventRoutes(context).register(router);
    new ProfileRoutes(context).register(router);
    new SegmentRoutes(context).register(router);
    new DecisionRoutes(context).register(router);
    new ReportRoutes(context).register(router);
    return router;
  }

  /** The bound TCP port (the real one when started on port 0). */
  public int port() {
    return server.port();
  }

  /** Every declared route as {@code "METHOD /template"}, e.g. {@code GET /v1/campaigns/{id}}. */
  public List<String> routes() {
    return routes.stream().map(r -> r.method() + " " + r.template()).toList();
  }

  /** Stops accepting requests and shuts the server down. The engine stays open. */
  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }

  private static final class BoundPort {
    private volatile int port;
  }
}
