package io.aimpoint.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Profile freshness as a client sees it: the time from the acknowledgement of {@code POST
 * /v1/events} to the answer of the first {@code POST /v1/decisions} for the same user that reflects
 * the event.
 *
 * <p>The server must hold a <i>probe campaign</i> that targets only the interest {@code
 * probeCategory}, no user has, and outbids everything else. Each probe uses a new consenting user:
 * (1) a decision first, which must not serve the probe campaign (else the probe proves nothing and
 * counts as invalid); (2) a page view of category {@code probeCategory}, timed from its 202; (3)
 * decisions for that user, one after another, until one serves the probe campaign (at most {@link
 * #MAX_POLLS}). Freshness is step 3's end minus step 2's acknowledgement, so it includes one
 * decision's round trip: a profile that is fresh at acknowledgement shows as one decision's
 * latency, with {@code polls} = 1.
 */
public final class FreshnessProbe {
  /** Decisions tried after the acknowledgement before a probe counts as stale. */
  public static final int MAX_POLLS = 50;

  /** Generous: a probe measures time, it should not fail because a shared machine is slow. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param probes probes run
   * @param fresh probes whose event was seen within {@link #MAX_POLLS} decisions
   * @param invalid probes whose user was served the probe campaign before the event
   * @param maxPolls the most decisions one probe needed
   * @param freshnessNanos acknowledgement to the answer of the first decision that reflected it
   */
  public record Result(
      long probes, long fresh, long invalid, int maxPolls, Histogram freshnessNanos) {}

  private final URI events;
  private final URI decisions;
  private final String publisherKey;
  private final String placementId;
  private final String probeCategory;
  private final String probeCampaignId;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /**
   * @param placementId a placement of the server the probe campaign can serve on
   * @param probeCategory the interest only the probe campaign targets
   * @param probeCampaignId the probe campaign's id, as decisions report it
   */
  public FreshnessProbe(
      URI target,
      String publisherKey,
      String placementId,
      String probeCategory,
      String probeCampaignId) {
    String base = Objects.requireNonNull(target, "target").toString();
    base = base.endsWith("/") ? base : base + "/";
    this.events = URI.create(base + "v1/events");
    this.decisions = URI.create(base + "v1/decisions");
    this.publisherKey = Objects.requireNonNull(publisherKey, "publisherKey");
    this.placementId = Objects.requireNonNull(placementId, "placementId");
    this.probeCategory = Objects.requireNonNull(probeCategory, "probeCategory");
    this.probeCampaignId = Objects.requireNonNull(probeCampaignId, "probeCampaignId");
  }

  /**
   * Runs {@code probes} probes one after another, users named {@code <runId>-<i>}.
   *
   * @throws IOException if the server cannot be reached or answers an error
   */
  public Result run(int probes, String runId) throws IOException, InterruptedException {
    Histogram freshness = new Histogram(HIGHEST_NANOS, 3);
    long fresh = 0;
    long invalid = 0;
    int maxPolls = 0;
    for (int i = 0; i < probes; i++) {
      String user = runId + "-" + i;
      if (servesProbe(user)) {
        invalid++;
        continue;
      }
      post(events, eventBody(runId + "-ev-" + i, user), 202);
      long acked = System.nanoTime();
      for (int poll = 1; poll <= MAX_POLLS; poll++) {
        if (servesProbe(user)) {
          freshness.recordValue(Math.min(System.nanoTime() - acked, HIGHEST_NANOS));
          fresh++;
          maxPolls = Math.max(maxPolls, poll);
          break;
        }
      }
    }
    return new Result(probes, fresh, invalid, maxPolls, freshness);
  }

  private boolean servesProbe(String user) throws IOException, InterruptedException {
    Map<String, Object> body =
        Map.of("placementId", placementId, "user", Map.of("id", user, "consent", true), "slots", 3);
    JsonNode answer = JSON.readTree(post(decisions, JSON.writeValueAsBytes(body), 200));
    for (JsonNode ad : answer.path("ads")) {
      if (probeCampaignId.equals(ad.path("campaignId").asText())) {
        return true;
      }
    }
    return false;
  }

  private byte[] eventBody(String eventId, String user) throws IOException {
    Map<String, Object> event =
        Map.of(
            "eventId",
            eventId,
            "type",
            "page_view",
            "userId",
            user,
            "consent",
            true,
            "url",
            "https://news.example.com/" + eventId,
            "title",
            "Freshness probe",
            "category",
            probeCategory);
    return JSON.writeValueAsBytes(Map.of("events", List.of(event)));
  }

  private byte[] post(URI uri, byte[] body, int expected) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + publisherKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != expected) {
      throw new IOException(
          uri
              + " answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
    return response.body();
  }
}
