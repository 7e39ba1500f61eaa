package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.server.TestApi.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrudApiTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void campaign_round_trip_create_get_patch_delete() {
    String adv = api.createAdvertiser("Acme");
    Response created =
        api.post(
            "/v1/campaigns",
            ADMIN_KEY,
            """
            {"advertiserId":"%s","name":"Spring","status":"ACTIVE",
             "startAt":"2025-03-01T00:00:00Z","endAt":"2025-04-01T00:00:00Z",
             "dayparting":{"hours":[8,9,10],"weekdays":["monday","FRIDAY"],"timeZone":"Asia/Shanghai"},
             "budget":{"dailyMicros":5000000,"lifetimeMicros":90000000},"pacing":"asap",
             "bid":{"type":"CPM","amountMicros":3000000},
             "frequencyCap":{"maxImpressions":3,"windowSeconds":3600},
             "targeting":{"ageMin":18,"ageMax":40,"genders":["female"],"countries":["CN"],
               "deviceTypes":["mobile"],"interests":["sports"],"includeKeywords":["run"],
               "languages":["zh"]}}"""
                .formatted(adv));
    assertThat(created.status()).isEqualTo(201);
    JsonNode c = created.json();
    String id = c.get("id").asText();
    assertThat(id).startsWith("cmp_");
    assertThat(c.get("version").asLong()).isEqualTo(1);
    assertThat(c.get("pacing").asText()).isEqualTo("ASAP");
    assertThat(c.get("createdAt").asText()).isEqualTo("2025-03-10T12:00:00Z");

    Response fetched = api.get("/v1/campaigns/" + id, ADMIN_KEY);
    assertThat(fetched.json()).isEqualTo(c);

    Response patched =
        api.patch(
            "/v1/campaigns/" + id,
            ADMIN_KEY,
            "{\"name\":\"Spring sale\",\"frequencyCap\":null,\"targeting\":{\"ageMax\":50}}");
    assertThat(patched.status()).isEqualTo(200);
    JsonNode p = patched.json();
    assertThat(p.get("name").asText()).isEqualTo("Spring sale");
    assertThat(p.get("version").asLong()).isEqualTo(2);
    assertThat(p.has("frequencyCap")).isFalse();
    assertThat(p.get("targeting").get("ageMax").asInt()).isEqualTo(50);
    assertThat(p.get("targeting").get("ageMin").asInt()).isEqualTo(18);
    assertThat(p.get("bid")).isEqualTo(c.get("bid"));

    assertThat(api.delete("/v1/campaigns/" + id, ADMIN_KEY).status()).isEqualTo(204);
    assertThat(api.get("/v1/campaigns/" + id, ADMIN_KEY).status()).isEqualTo(404);
  }

  @Test
  void patch_with_a_stale_version_is_409_and_changes_nothing() {
    String adv = api.createAdvertiser("Acme");
    String id = api.createCampaign(ADMIN_KEY, adv, "One");
    api.patch("/v1/campaigns/" + id, ADMIN_KEY, "{\"name\":\"Two\"}");

    Response stale =
        api.send(
            "PATCH", "/v1/campaigns/" + id, ADMIN_KEY, "{\"name\":\"Three\"}", "If-Match", "\"1\"");
    Response staleInBody =
        api.patch("/v1/campaigns/" + id, ADMIN_KEY, "{\"name\":\"Three\",\"version\":1}");
    Response current =
        api.send(
            "PATCH", "/v1/campaigns/" + id, ADMIN_KEY, "{\"name\":\"Four\"}", "If-Match", "\"2\"");

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
    assertThat(staleInBody.status()).isEqualTo(409);
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.json().get("name").asText()).isEqualTo("Four");
  }

  @Test
  void invalid_objects_name_every_bad_field() {
    String adv = api.createAdvertiser("Acme");
    Response r =
        api.post(
            "/v1/campaigns",
            ADMIN_KEY,
            """
            {"advertiserId":"%s","name":"","budget":{"dailyMicros":-1},
             "bid":{"type":"CPC","amountMicros":0},"targeting":{"ageMin":50,"ageMax":20}}"""
                .formatted(adv));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").findValuesAsText("field"))
        .contains("name", "budget.dailyMicros", "bid.amountMicros", "targeting.ageMax");
  }

  @Test
  void a_misspelt_or_mistyped_field_is_named_by_its_path() {
    String adv = api.createAdvertiser("Acme");
    Response misspelt =
        api.post(
            "/v1/campaigns",
            ADMIN_KEY,
            "{\"advertiserId\":\"%s\",\"name\":\"x\",\"budget\":{\"dailyMicro\":5}}"
                .formatted(adv));
    Response mistyped =
        api.post(
            "/v1/campaigns",
            ADMIN_KEY,
            "{\"advertiserId\":\"%s\",\"name\":\"x\",\"budget\":{\"dailyMicros\":\"lots\"}}"
                .formatted(adv));

    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.json().get("errors").get(0).get("field").asText())
        .isEqualTo("budget.dailyMicro");
    assertThat(mistyped.status()).isEqualTo(400);
    assertThat(mistyped.json().get("errors").get(0).get("field").asText())
        .isEqualTo("budget.dailyMicros");
  }

  @Test
  void lists_page_by_cursor_and_filter_by_advertiser_campaign_and_status() {
    String a = api.createAdvertiser("A");
    String b = api.createAdvertiser("B");
    List<String> ofA = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ofA.add(api.createCampaign(ADMIN_KEY, a, "A" + i));
    }
    String ofB = api.createCampaign(ADMIN_KEY, b, "B0");
    api.patch("/v1/campaigns/" + ofB, ADMIN_KEY, "{\"status\":\"paused\"}");
    api.createCreative(ADMIN_KEY, ofA.get(0), "c1");
    String crvB = api.createCreative(ADMIN_KEY, ofB, "c2");

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      String q =
          "/v1/campaigns?advertiserId="
              + a
              + "&limit=2"
              + (cursor == null ? "" : "&after=" + cursor);
      JsonNode page = api.get(q, ADMIN_KEY).json();
      page.get("items").forEach(n -> seen.add(n.get("id").asText()));
      cursor = page.has("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(ofA.stream().sorted().toList());
    assertThat(
            api.get("/v1/campaigns?status=PAUSED", ADMIN_KEY)
                .json()
                .get("items")
                .findValuesAsText("id"))
        .containsExactly(ofB);
    assertThat(
            api.get("/v1/creatives?campaignId=" + ofB, ADMIN_KEY)
                .json()
                .get("items")
                .findValuesAsText("id"))
        .containsExactly(crvB);
    assertThat(api.get("/v1/campaigns?limit=0", ADMIN_KEY).status()).isEqualTo(400);
    assertThat(api.get("/v1/campaigns?status=running", ADMIN_KEY).status()).isEqualTo(400);
  }

  @Test
  void creatives_take_their_advertiser_from_the_campaign() {
    String a = api.createAdvertiser("A");
    String campaign = api.createCampaign(ADMIN_KEY, a, "C");
    String creative = api.createCreative(ADMIN_KEY, campaign, "Shoes");

    JsonNode c = api.get("/v1/creatives/" + creative, ADMIN_KEY).json();
    assertThat(c.get("advertiserId").asText()).isEqualTo(a);
    assertThat(
            api.post(
                    "/v1/creatives",
                    ADMIN_KEY,
                    "{\"campaignId\":\"cmp_none\",\"title\":\"t\",\"landingUrl\":\"https://x.example\"}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void placements_are_put_and_read_by_admins() {
    Response put =
        api.put(
            "/v1/placements/home-top", ADMIN_KEY, "{\"name\":\"Home\",\"floorCpmMicros\":250000}");
    assertThat(put.status()).isEqualTo(200);
    assertThat(api.get("/v1/placements/home-top", ADMIN_KEY).json().get("floorCpmMicros").asLong())
        .isEqualTo(250_000);
    assertThat(api.get("/v1/placements", ADMIN_KEY).json().get("items")).hasSize(1);
    assertThat(api.get("/v1/placements/none", ADMIN_KEY).status()).isEqualTo(404);
  }

  @Test
  void wrong_method_is_405_with_allow_and_unknown_path_is_404() {
    Response wrong = api.send("PUT", "/v1/campaigns", ADMIN_KEY, "{}");
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.header("Allow")).isEqualTo("POST, GET");
    assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
    Response unknown = api.get("/v1/nothing-here", ADMIN_KEY);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
  }
}
