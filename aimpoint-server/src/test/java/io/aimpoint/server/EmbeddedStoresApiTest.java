package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.Stores;
import io.aimpoint.store.embedded.EmbeddedStores;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over the embedded stores: what it acknowledged is still there after a restart. */
class EmbeddedStoresApiTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final FakeClock clock = new FakeClock(Samples.T0);
  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path dataDir;

  @Test
  void objects_keys_and_deliveries_survive_a_restart() throws Exception {
    String campaign;
    String advKey;
    try (EmbeddedStores stores = EmbeddedStores.open(dataDir, clock);
        AimpointServer server = start(stores)) {
      String adv =
          call(server, "POST", "/v1/advertisers", ADMIN_KEY, "{\"name\":\"A\"}").get("id").asText();
      advKey =
          call(server, "POST", "/v1/advertisers/" + adv + "/keys", ADMIN_KEY, null)
              .get("secret")
              .asText();
      campaign =
          call(server, "POST", "/v1/campaigns", advKey, TestApi.campaignJson(null, "C"))
              .get("id")
              .asText();
      call(
          server,
          "POST",
          "/v1/creatives",
          advKey,
          "{\"campaignId\":\""
              + campaign
              + "\",\"title\":\"T\",\"landingUrl\":\"https://x.example\"}");
      JsonNode ad =
          call(
                  server,
                  "POST",
                  "/v1/decisions",
                  ADMIN_KEY,
                  "{\"placementId\":\"p\",\"user\":{\"id\":\"u\"}}")
              .get("ads")
              .get(0);
      HttpResponse<String> imp =
          client.send(
              HttpRequest.newBuilder(URI.create(ad.get("impressionUrl").asText())).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(imp.statusCode()).isEqualTo(204);
    }

    try (EmbeddedStores stores = EmbeddedStores.open(dataDir, clock);
        AimpointServer server = start(stores)) {
      assertThat(
              call(server, "GET", "/v1/campaigns/" + campaign, advKey, null).get("name").asText())
          .isEqualTo("C");
      JsonNode report = call(server, "GET", "/v1/reports/campaigns/" + campaign, advKey, null);
      assertThat(report.get("totals").get("impressions").asLong()).isEqualTo(1);
    }
  }

  private AimpointServer start(EmbeddedStores s) {
    Stores stores =
        new Stores(s.campaigns(), s.apiKeys(), s.events(), s.profiles(), s.counters(), s.ledger());
    Engine engine = new Engine(stores, TestApi.config(clock), ADMIN_KEY);
    return AimpointServer.start(engine, new ServerOptions("127.0.0.1", 0, null, 1 << 20));
  }

  private JsonNode call(AimpointServer server, String method, String path, String key, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Authorization", "Bearer " + key)
            .method(method, TestApi.publisher(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return MAPPER.readTree(r.body());
  }
}
