package io.aimpoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A real server on an ephemeral port over in-memory stores, and a small HTTP client for it. Close
 * it after the test.
 */
final class TestApi implements AutoCloseable {
  static final String ADMIN_KEY = "test-admin-key-0123456789";
  static final ObjectMapper MAPPER = new ObjectMapper();

  final FakeClock clock = new FakeClock(Samples.T0);
  final InMemoryStores memory = InMemoryStores.create(clock);
  final Engine engine;
  final AimpointServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestApi() {
    this(ServerOptions.DEFAULT_MAX_REQUEST_BYTES);
  }

  TestApi(long maxRequestBytes) {
    Stores stores =
        new Stores(
            memory.campaigns(),
            memory.apiKeys(),
            memory.events(),
            memory.profiles(),
            memory.counters(),
            memory.ledger());
    engine = new Engine(stores, config(clock), ADMIN_KEY);
    server = AimpointServer.start(engine, new ServerOptions("127.0.0.1", 0, null, maxRequestBytes));
  }

  static EngineConfig config(java.time.Clock clock) {
    return EngineConfig.defaults(
        "pseudonym-key-for-tests-0123".getBytes(StandardCharsets.UTF_8),
        "tracking-key-for-tests-012345".getBytes(StandardCharsets.UTF_8),
        clock);
  }

  /** A response with its body as text and, when it parses, as JSON. */
  record Response(int status, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }

    String body() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Response get(String path, String key) {
    return send("GET", path, key, null);
  }

  Response post(String path, String key, Object body) {
    return send("POST", path, key, body);
  }

  Response patch(String path, String key, Object body) {
    return send("PATCH", path, key, body);
  }

  Response put(String path, String key, Object body) {
    return send("PUT", path, key, body);
  }

  Response delete(String path, String key) {
    return send("DELETE", path, key, null);
  }

  /** Sends {@code body} (a String as is, anything else as JSON) with Content-Type JSON. */
  Response send(String method, String path, String key, Object body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    b.method(method, publisher(body));
    return send(b.build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static HttpRequest.BodyPublisher publisher(Object body) {
    if (body == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    if (body instanceof byte[] bytes) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
    String text;
    try {
      text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpRequest.BodyPublishers.ofString(text);
  }

  /** Creates an advertiser as admin and returns its id. */
  String createAdvertiser(String name) {
    Response r = post("/v1/advertisers", ADMIN_KEY, "{\"name\":\"" + name + "\"}");
    check(r, 201);
    return r.json().get("id").asText();
  }

  /** Mints an advertiser key and returns its secret. */
  String advertiserKey(String advertiserId) {
    Response r = post("/v1/advertisers/" + advertiserId + "/keys", ADMIN_KEY, null);
    check(r, 201);
    return r.json().get("secret").asText();
  }

  String publisherKey() {
    Response r = post("/v1/publisher-keys", ADMIN_KEY, "{\"label\":\"site\"}");
    check(r, 201);
    return r.json().get("secret").asText();
  }

  /** A campaign body that serves everyone always: CPC bid, lifetime budget. */
  static String campaignJson(String advertiserId, String name) {
    String owner = advertiserId == null ? "" : "\"advertiserId\":\"" + advertiserId + "\",";
    return """
        {%s"name":"%s","status":"active",
         "budget":{"lifetimeMicros":100000000},
         "bid":{"type":"cpc","amountMicros":2000000}}"""
        .formatted(owner, name);
  }

  String createCampaign(String key, String advertiserId, String name) {
    Response r = post("/v1/campaigns", key, campaignJson(advertiserId, name));
    check(r, 201);
    return r.json().get("id").asText();
  }

  String createCreative(String key, String campaignId, String title) {
    Response r =
        post(
            "/v1/creatives",
            key,
            """
            {"campaignId":"%s","title":"%s","landingUrl":"https://shop.example.com/p?x=1",
             "category":"sports","keywords":["shoes"]}"""
                .formatted(campaignId, title));
    check(r, 201);
    return r.json().get("id").asText();
  }

  static void check(Response r, int expected) {
    if (r.status() != expected) {
      throw new AssertionError("expected " + expected + " but got " + r.status() + ": " + r.body());
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
