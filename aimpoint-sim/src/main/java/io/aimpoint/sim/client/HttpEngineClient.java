package io.aimpoint.sim.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.EventOutcome;
import io.aimpoint.engine.ingest.IngestResult;
import io.aimpoint.engine.report.CampaignReport;
import io.aimpoint.engine.tracking.ConversionRequest;
import io.aimpoint.engine.tracking.ConversionResult;
import io.aimpoint.engine.tracking.TrackResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Talks to a running Aimpoint server over its HTTP API ({@code java.net.http} + Jackson). With the
 * admin key it mints its own publisher key (events, decisions) and one key per advertiser it
 * creates (conversions), so it exercises the same authentication as real clients.
 *
 * <p>The server runs on real time: events and conversions are sent without timestamps ({@link
 * #usesSimulatedClock()} is false) and simulated hours pass as fast as the server answers. The
 * {@code impressionToken} and {@code clickToken} of the views it returns hold the tracking URLs of
 * the response, which {@link #impression} and {@link #click} fetch like a browser would (the click
 * without following its redirect, whose {@code Location} is the landing URL).
 */
public final class HttpEngineClient implements EngineClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final String adminKey;
  private final HttpClient http;
  private final ObjectMapper json;
  private final Map<String, String> advertiserKeys = new HashMap<>();
  private String publisherKey;

  /**
   * A client of the server at {@code baseUrl} (e.g. {@code http://localhost:8080}).
   *
   * @param adminKey the server's admin API key
   */
  public HttpEngineClient(String baseUrl, String adminKey) {
    if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL; baseUrl=" + baseUrl);
    }
    if (adminKey == null || adminKey.isBlank()) {
      throw new IllegalArgumentException("an admin key is required to set up the world");
    }
    this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    this.adminKey = adminKey;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.json =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
  }

  @Override
  public Advertiser createAdvertiser(Advertiser draft) {
    Advertiser created =
        read(send("POST", "v1/advertisers", adminKey, draft, 201), Advertiser.class);
    JsonNode key =
        send("POST", "v1/advertisers/" + encode(created.id()) + "/keys", adminKey, null, 201);
    advertiserKeys.put(created.id(), key.path("secret").asText());
    return created;
  }

  @Override
  public Campaign createCampaign(Campaign draft) {
    return read(send("POST", "v1/campaigns", adminKey, draft, 201), Campaign.class);
  }

  @Override
  public Creative createCreative(Creative draft) {
    return read(send("POST", "v1/creatives", adminKey, draft, 201), Creative.class);
  }

  @Override
  public Placement putPlacement(Placement placement) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", placement.name());
    body.put("floorCpmMicros", placement.floorCpmMicros());
    String path = "v1/placements/" + encode(placement.id());
    return read(send("PUT", path, adminKey, body, 200), Placement.class);
  }

  @Override
  public IngestResult sendEvents(List<EventInput> events) {
    JsonNode answer = send("POST", "v1/events", publisherKey(), Map.of("events", events), 202);
    List<EventOutcome> outcomes = new ArrayList<>();
    for (JsonNode o : answer.path("results")) {
      List<FieldError> errors = new ArrayList<>();
      for (JsonNode e : o.path("errors")) {
        errors.add(new FieldError(e.path("field").asText(), e.path("message").asText()));
      }
      EventOutcome.Status status =
          EventOutcome.Status.valueOf(o.path("status").asText().toUpperCase(Locale.ROOT));
      outcomes.add(
          new EventOutcome(
              o.path("index").asInt(), o.path("eventId").asText(null), status, errors));
    }
    return new IngestResult(outcomes);
  }

  @Override
  public DecisionResult decide(AdRequest request) {
    JsonNode answer = send("POST", "v1/decisions", publisherKey(), request, 200);
    List<ServedAdView> ads = new ArrayList<>();
    for (JsonNode a : answer.path("ads")) {
      ads.add(
          new ServedAdView(
              a.path("slot").asInt(),
              a.path("advertiserId").asText(),
              a.path("campaignId").asText(),
              a.path("creativeId").asText(),
              a.path("title").asText(null),
              a.path("body").asText(null),
              a.path("imageUrl").asText(null),
              a.path("landingUrl").asText(null),
              a.path("bidType").asText(),
              a.path("priceMicros").asLong(),
              a.path("ecpmMicros").asLong(),
              a.path("impressionUrl").asText(),
              a.path("clickUrl").asText(),
              1.0, // the wire does not carry the propensity
              a.path("variantId").asText(null)));
    }
    return new DecisionResult(answer.path("decisionId").asText(), ads);
  }

  @Override
  public TrackResult impression(String impressionUrl) {
    HttpResponse<byte[]> response = exchange(get(impressionUrl));
    expect(response, 204, "GET " + impressionUrl);
    return new TrackResult(false, 0, null);
  }

  @Override
  public TrackResult click(String clickUrl) {
    HttpResponse<byte[]> response = exchange(get(clickUrl));
    expect(response, 302, "GET " + clickUrl);
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new EngineCallException("click answered without Location", 302));
    return new TrackResult(false, 0, location);
  }

  @Override
  public ConversionResult conversion(String advertiserId, ConversionRequest request) {
    String key = advertiserKeys.get(advertiserId);
    if (key == null) {
      throw new IllegalArgumentException(
          "no key for an advertiser this client did not create; advertiserId=" + advertiserId);
    }
    return read(send("POST", "v1/conversions", key, request, 200), ConversionResult.class);
  }

  @Override
  public CampaignReport dailyReport(String campaignId, Instant from, Instant to) {
    String path =
        "v1/reports/campaigns/"
            + encode(campaignId)
            + "?granularity=day&from="
            + encode(from.toString())
            + "&to="
            + encode(to.toString());
    return read(send("GET", path, adminKey, null, 200), CampaignReport.class);
  }

  @Override
  public boolean usesSimulatedClock() {
    return false;
  }

  @Override
  public boolean reportsCharges() {
    return false;
  }

  @Override
  public void close() {
    http.close();
  }

  private String publisherKey() {
    if (publisherKey == null) {
      JsonNode key = send("POST", "v1/publisher-keys", adminKey, Map.of("label", "simulator"), 201);
      publisherKey = key.path("secret").asText();
    }
    return publisherKey;
  }

  private JsonNode send(String method, String path, String key, Object body, int expected) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(write(body));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, publisher)
            .build();
    HttpResponse<byte[]> response = exchange(request);
    expect(response, expected, method + " " + path);
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new EngineCallException(method + " " + path + " answered unreadable JSON", e);
    }
  }

  private HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new EngineCallException("cannot reach " + request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineCallException("interrupted while calling " + request.uri(), e);
    }
  }

  private static void expect(HttpResponse<byte[]> response, int expected, String call) {
    if (response.statusCode() != expected) {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      throw new EngineCallException(
          call + " answered " + response.statusCode() + " (expected " + expected + "): " + body,
          response.statusCode());
    }
  }

  private byte[] write(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + body.getClass().getName(), e);
    }
  }

  private <T> T read(JsonNode node, Class<T> type) {
    try {
      return Objects.requireNonNull(json.treeToValue(node, type), type.getSimpleName());
    } catch (JsonProcessingException e) {
      throw new EngineCallException("cannot read a " + type.getSimpleName() + ": " + node, e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
