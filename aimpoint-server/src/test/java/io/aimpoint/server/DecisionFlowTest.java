package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.server.TestApi.Response;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecisionFlowTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void decision_impression_click_conversion_and_report() {
    String adv = api.createAdvertiser("Shoes Inc");
    String advKey = api.advertiserKey(adv);
    String campaign = api.createCampaign(advKey, null, "Runners");
    String creative = api.createCreative(advKey, campaign, "Fast shoes");
    String publisher = api.publisherKey();
    api.put("/v1/placements/home-top", ADMIN_KEY, "{\"floorCpmMicros\":1000}");

    Response decision =
        api.post(
            "/v1/decisions",
            publisher,
            """
            {"placementId":"home-top","user":{"id":"user-1","consent":true,"device":"mobile"},
             "context":{"keywords":["running"]},"slots":1}""");
    assertThat(decision.status()).isEqualTo(200);
    JsonNode ad = decision.json().get("ads").get(0);
    assertThat(decision.json().get("decisionId").asText()).isNotBlank();
    assertThat(ad.get("creativeId").asText()).isEqualTo(creative);
    assertThat(ad.get("impressionUrl").asText())
        .startsWith("http://localhost:" + api.server.port() + "/t/i/");

    Response impression = api.get(path(ad.get("impressionUrl").asText()), null);
    assertThat(impression.status()).isEqualTo(204);
    assertThat(api.get(path(ad.get("impressionUrl").asText()), null).status()).isEqualTo(204);

    Response click = api.get(path(ad.get("clickUrl").asText()), null);
    assertThat(click.status()).isEqualTo(302);
    String location = click.header("Location");
    assertThat(location).startsWith("https://shop.example.com/p?x=1");

    Response conversion =
        api.post(
            "/v1/conversions",
            advKey,
            "{\"orderId\":\"order-1\",\"userId\":\"user-1\",\"valueMicros\":50000000}");
    assertThat(conversion.status()).isEqualTo(200);
    assertThat(conversion.json().get("attributed").asBoolean()).isTrue();
    Response again =
        api.post("/v1/conversions", advKey, "{\"orderId\":\"order-1\",\"userId\":\"user-1\"}");
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();

    Response report = api.get("/v1/reports/campaigns/" + campaign + "?granularity=hour", advKey);
    assertThat(report.status()).isEqualTo(200);
    JsonNode totals = report.json().get("totals");
    assertThat(totals.get("impressions").asLong()).isEqualTo(1);
    assertThat(totals.get("clicks").asLong()).isEqualTo(1);
    assertThat(totals.get("conversions").asLong()).isEqualTo(1);
    assertThat(totals.get("spendMicros").asLong()).isEqualTo(ad.get("priceMicros").asLong());
    assertThat(totals.get("ctr").asDouble()).isEqualTo(1.0);
    assertThat(report.json().get("rows")).hasSize(1);

    String metrics = api.get("/metrics", null).body();
    assertThat(metrics).contains("aimpoint_decisions_total{outcome=\"served\"} 1.0");
    assertThat(metrics)
        .contains("aimpoint_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/decisions\"");
  }

  @Test
  void category_exclusivity_is_set_on_the_placement_and_decided_per_request() {
    for (String name : java.util.List.of("A", "B")) {
      String adv = api.createAdvertiser(name);
      String campaign = api.createCampaign(ADMIN_KEY, adv, "C" + name);
      Response created =
          api.post(
              "/v1/creatives",
              ADMIN_KEY,
              """
              {"campaignId":"%s","title":"Ad %s","landingUrl":"https://shop.example.com/p",
               "category":"sports"}"""
                  .formatted(campaign, name));
      assertThat(created.status()).isEqualTo(201);
    }
    Response placement =
        api.put("/v1/placements/p", ADMIN_KEY, "{\"floorCpmMicros\":0,\"categoryExclusive\":true}");
    assertThat(placement.status()).isEqualTo(200);
    assertThat(placement.json().get("categoryExclusive").asBoolean()).isTrue();
    String request = "{\"placementId\":\"p\",\"user\":{\"id\":\"%s\"},\"slots\":2%s}";

    assertThat(api.post("/v1/decisions", ADMIN_KEY, request.formatted("u1", "")).json().get("ads"))
        .hasSize(1);
    assertThat(
            api.post(
                    "/v1/decisions",
                    ADMIN_KEY,
                    request.formatted("u2", ",\"categoryExclusive\":false"))
                .json()
                .get("ads"))
        .hasSize(2);
  }

  @Test
  void a_creative_created_with_a_frequency_cap_is_capped_per_user() {
    String adv = api.createAdvertiser("A");
    String campaign = api.createCampaign(ADMIN_KEY, adv, "C");
    Response created =
        api.post(
            "/v1/creatives",
            ADMIN_KEY,
            """
            {"campaignId":"%s","title":"Once an hour","landingUrl":"https://shop.example.com/p",
             "frequencyCap":{"maxImpressions":1,"windowSeconds":3600}}"""
                .formatted(campaign));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("frequencyCap").get("maxImpressions").asInt()).isEqualTo(1);
    String creative = created.json().get("id").asText();
    assertThat(api.get("/v1/creatives/" + creative, ADMIN_KEY).json().get("frequencyCap"))
        .isEqualTo(created.json().get("frequencyCap"));
    String request = "{\"placementId\":\"p\",\"user\":{\"id\":\"%s\"}}";

    JsonNode ads = api.post("/v1/decisions", ADMIN_KEY, request.formatted("u1")).json().get("ads");
    assertThat(ads).hasSize(1);
    assertThat(api.get(path(ads.get(0).get("impressionUrl").asText()), null).status())
        .isEqualTo(204);

    assertThat(api.post("/v1/decisions", ADMIN_KEY, request.formatted("u1")).json().get("ads"))
        .isEmpty();
    assertThat(api.post("/v1/decisions", ADMIN_KEY, request.formatted("u2")).json().get("ads"))
        .hasSize(1);
  }

  @Test
  void a_creative_with_an_invalid_frequency_cap_is_rejected_naming_the_field() {
    String adv = api.createAdvertiser("A");
    String campaign = api.createCampaign(ADMIN_KEY, adv, "C");
    Response r =
        api.post(
            "/v1/creatives",
            ADMIN_KEY,
            """
            {"campaignId":"%s","title":"T","landingUrl":"https://shop.example.com/p",
             "frequencyCap":{"maxImpressions":0,"windowSeconds":3600}}"""
                .formatted(campaign));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("frequencyCap.maxImpressions");
  }

  @Test
  void a_tampered_tracking_token_is_rejected_with_400() {
    String adv = api.createAdvertiser("A");
    String campaign = api.createCampaign(ADMIN_KEY, adv, "C");
    api.createCreative(ADMIN_KEY, campaign, "T");
    JsonNode ad =
        api.post("/v1/decisions", ADMIN_KEY, "{\"placementId\":\"p\",\"user\":{\"id\":\"u\"}}")
            .json()
            .get("ads")
            .get(0);
    String good = path(ad.get("clickUrl").asText());
    int i = good.length() - 5;
    String tampered =
        good.substring(0, i) + (good.charAt(i) == 'A' ? 'B' : 'A') + good.substring(i + 1);

    Response r = api.get(tampered, null);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.get("/t/i/garbage", null).status()).isEqualTo(400);
    assertThat(api.get(good.replace("/t/c/", "/t/i/"), null).status()).isEqualTo(400);
  }

  private static String path(String url) {
    return URI.create(url).getRawPath();
  }
}
