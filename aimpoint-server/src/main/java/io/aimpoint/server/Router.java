package io.aimpoint.server;

import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route table. Every handler is wrapped the same way: errors become problem responses in one
 * place ({@link Problems}) and latency is recorded under the route template. After the declared
 * routes, each template answers other methods with 405 and unknown paths get a 404 problem instead
 * of the web server's plain-text default.
 */
final class Router {
  /** One route: HTTP method and path template, e.g. {@code GET /v1/campaigns/{id}}. */
  record Route(String method, String template) {}

  /** A request handler; may throw anything, {@link Problems} maps it. */
  @FunctionalInterface
  interface Endpoint {
    void handle(Exchange exchange) throws Exception;
  }

  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

  private final ServerContext context;
  private final Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
  private final List<Registration> registrations = new ArrayList<>();

  private record Registration(Route route, Endpoint endpoint) {}

  Router(ServerContext context) {
    this.context = context;
  }

  Router get(String template, Endpoint endpoint) {
    return add("GET", template, endpoint);
  }

  Router post(String template, Endpoint endpoint) {
    return add("POST", template, endpoint);
  }

  Router put(String template, Endpoint endpoint) {
    return add("PUT", template, endpoint);
  }

  Router patch(String template, Endpoint endpoint) {
    return add("PATCH", template, endpoint);
  }

  Router delete(String template, Endpoint endpoint) {
    return add("DELETE", template, endpoint);
  }

  private Router add(String method, String template, Endpoint endpoint) {
    Set<String> methods = methodsByTemplate.computeIfAbsent(template, t -> new LinkedHashSet<>());
    if (!methods.add(method)) {
      throw new IllegalArgumentException("route registered twice: " + method + " " + template);
    }
    registrations.add(new Registration(new Route(method, template), endpoint));
    return this;
  }

  /** Every declared route, in registration order. */
  List<Route> routes() {
    return registrations.stream().map(Registration::route).toList();
  }

  void install(HttpRouting.Builder routing) {
    for (Registration r : registrations) {
      routing.route(
          Method.create(r.route().method()),
          r.route().template(),
          (req, res) -> run(req, res, r.route().template(), r.endpoint(), null));
    }
    for (Map.Entry<String, Set<String>> e : methodsByTemplate.entrySet()) {
      String allow = String.join(", ", e.getValue());
      routing.any(
          e.getKey(),
          (req, res) ->
              run(
                  req,
                  res,
                  e.getKey(),
                  ex -> {
                    throw new HttpException(
                        405, "Method not allowed", "this resource allows " + allow);
                  },
                  allow));
    }
    routing.any(
        (req, res) ->
            run(
                req,
                res,
                "unmatched",
                ex -> {
                  throw new HttpException(404, "Not found", "no such resource");
                },
                null));
  }

  private void run(
      ServerRequest req, ServerResponse res, String template, Endpoint endpoint, String allow) {
    long start = System.nanoTime();
    Exchange exchange = new Exchange(req, res, context);
    int status;
    try {
      endpoint.handle(exchange);
      status = res.status().code();
    } catch (Exception e) {
      status = exchange.problem(Problems.of(e), allow);
    }
    context.metrics().recordRequest(methodLabel(req), template, status, System.nanoTime() - start);
  }

  /** Standard methods by name; anything else folds into one label so clients cannot add series. */
  private static String methodLabel(ServerRequest req) {
    String method = req.prologue().method().text();
    return STANDARD_METHODS.contains(method) ? method : "OTHER";
  }
}
