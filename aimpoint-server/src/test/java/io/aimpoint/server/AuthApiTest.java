package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.server.TestApi.Response;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthApiTest {
  private TestApi api;
  private String advA;
  private String advB;
  private String keyA;
  private String keyB;
  private String publisher;
  private String campaignOfB;

  @BeforeEach
  void setUp() {
    api = new TestApi();
    advA = api.createAdvertiser("A");
    advB = api.createAdvertiser("B");
    keyA = api.advertiserKey(advA);
    keyB = api.advertiserKey(advB);
    publisher = api.publisherKey();
    campaignOfB = api.createCampaign(keyB, null, "B's campaign");
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void requests_without_a_key_or_with_an_unknown_key_get_401_problems() {
    Response none = api.get("/v1/campaigns", null);
    Response unknown = api.get("/v1/campaigns", "ak_not-a-real-key");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(none.json().get("status").asInt()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
  }

  @Test
  void the_x_api_key_header_works_like_bearer() {
    Response r =
        api.send(
            HttpRequest.newBuilder(api.uri("/v1/campaigns"))
                .header("X-Api-Key", keyB)
                .GET()
                .build());
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("items")).hasSize(1);
  }

  @Test
  void advertiser_a_gets_404_for_everything_of_advertiser_b() {
    String path = "/v1/campaigns/" + campaignOfB;
    assertThat(api.get(path, keyA).status()).isEqualTo(404);
    assertThat(api.patch(path, keyA, "{\"name\":\"hijack\"}").status()).isEqualTo(404);
    assertThat(api.delete(path, keyA).status()).isEqualTo(404);
    assertThat(api.get("/v1/advertisers/" + advB, keyA).status()).isEqualTo(404);
    assertThat(api.get("/v1/reports/campaigns/" + campaignOfB, keyA).status()).isEqualTo(404);
    assertThat(api.get("/v1/campaigns", keyA).json().get("items")).isEmpty();

    assertThat(api.get(path, keyB).status()).isEqualTo(200);
    assertThat(api.get(path, ADMIN_KEY).status()).isEqualTo(200);
  }

  @Test
  void advertiser_a_cannot_create_under_advertiser_b() {
    Response r = api.post("/v1/campaigns", keyA, TestApi.campaignJson(advB, "sneaky"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("advertiserId");
  }

  @Test
  void advertisers_cannot_create_advertisers_or_mint_keys() {
    assertThat(api.post("/v1/advertisers", keyA, "{\"name\":\"X\"}").status()).isEqualTo(403);
    assertThat(api.post("/v1/publisher-keys", keyA, null).status()).isEqualTo(403);
    assertThat(api.post("/v1/advertisers/" + advA + "/keys", keyA, null).status()).isEqualTo(403);
    assertThat(api.put("/v1/placements/p1", keyA, "{\"floorCpmMicros\":1}").status())
        .isEqualTo(403);
  }

  @Test
  void publishers_may_only_decide_and_send_events() {
    assertThat(api.get("/v1/campaigns", publisher).status()).isEqualTo(403);
    assertThat(api.get("/v1/advertisers/" + advA, publisher).status()).isEqualTo(403);
    assertThat(api.post("/v1/conversions", publisher, "{\"orderId\":\"o\"}").status())
        .isEqualTo(403);
    Response events =
        api.post(
            "/v1/events",
            publisher,
            "{\"eventId\":\"e1\",\"type\":\"search\",\"userId\":\"u\",\"query\":\"q\"}");
    assertThat(events.status()).isEqualTo(202);
    Response decision =
        api.post("/v1/decisions", publisher, "{\"placementId\":\"home\",\"user\":{\"id\":\"u1\"}}");
    assertThat(decision.status()).isEqualTo(200);
  }

  @Test
  void advertisers_cannot_send_behaviour_events_or_request_decisions() {
    assertThat(
            api.post(
                    "/v1/events",
                    keyA,
                    "{\"eventId\":\"e1\",\"type\":\"search\",\"userId\":\"u\",\"query\":\"q\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            api.post("/v1/decisions", keyA, "{\"placementId\":\"p\",\"user\":{\"id\":\"u\"}}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void keys_are_stored_hashed_and_listed_without_secrets() {
    Response list = api.get("/v1/keys", ADMIN_KEY);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(keyA).doesNotContain("secret");
    assertThat(api.memory.apiKeys().list(null))
        .extracting(ApiKey::secretHash)
        .doesNotContain(keyA, keyB, publisher, ADMIN_KEY);
  }

  @Test
  void a_revoked_key_is_refused_at_once() {
    String id =
        api.get("/v1/keys?advertiserId=" + advA, ADMIN_KEY)
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asText();
    assertThat(api.delete("/v1/keys/" + id, ADMIN_KEY).status()).isEqualTo(204);
    assertThat(api.get("/v1/campaigns", keyA).status()).isEqualTo(401);
  }

  @Test
  void health_metrics_and_openapi_need_no_key() {
    assertThat(api.get("/health", null).status()).isEqualTo(200);
    assertThat(api.get("/metrics", null).status()).isEqualTo(200);
    assertThat(api.get("/openapi.json", null).status()).isEqualTo(200);
  }
}
