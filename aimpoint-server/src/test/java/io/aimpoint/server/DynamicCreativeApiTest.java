package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.server.TestApi.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicCreativeApiTest {
  private final TestApi api = new TestApi();

  @AfterEach
  void tearDown() {
    api.close();
  }

  private static List<String> errorFields(Response r) {
    List<String> fields = new ArrayList<>();
    r.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Test
  void a_creative_with_variants_is_stored_returned_and_served_as_one_combination() {
    String adv = api.createAdvertiser("Shoes Inc");
    String campaign = api.createCampaign(ADMIN_KEY, adv, "Runners");
    Response created =
        api.post(
            "/v1/creatives",
            ADMIN_KEY,
            """
            {"campaignId":"%s","title":"Fast shoes","landingUrl":"https://shop.example.com/p",
             "variants":{"titles":["Faster shoes","Fastest shoes"],
                         "imageUrls":["https://img.example.com/2.png"]}}"""
                .formatted(campaign));
    assertThat(created.status()).isEqualTo(201);
    JsonNode variants = created.json().get("variants");
    assertThat(variants.get("titles")).hasSize(2);
    assertThat(variants.get("bodies")).isEmpty();
    String id = created.json().get("id").asText();
    assertThat(api.get("/v1/creatives/" + id, ADMIN_KEY).json()).isEqualTo(created.json());

    JsonNode ad =
        api.post("/v1/decisions", ADMIN_KEY, "{\"placementId\":\"p\",\"user\":{\"id\":\"u1\"}}")
            .json()
            .get("ads")
            .get(0);

    assertThat(ad.get("variantId").asText()).matches("t[0-2]-b0-i[01]");
    int title = ad.get("variantId").asText().charAt(1) - '0';
    assertThat(ad.get("title").asText())
        .isEqualTo(List.of("Fast shoes", "Faster shoes", "Fastest shoes").get(title));
    assertThat(api.get(path(ad.get("impressionUrl").asText()), null).status()).isEqualTo(204);
    assertThat(api.get(path(ad.get("clickUrl").asText()), null).status()).isEqualTo(302);

    Response removed = api.patch("/v1/creatives/" + id, ADMIN_KEY, "{\"variants\":null}");
    assertThat(removed.status()).isEqualTo(200);
    assertThat(removed.json().has("variants")).isFalse();
  }

  @Test
  void bad_variants_are_400_naming_each_field() {
    String adv = api.createAdvertiser("Shoes Inc");
    String campaign = api.createCampaign(ADMIN_KEY, adv, "Runners");

    Response r =
        api.post(
            "/v1/creatives",
            ADMIN_KEY,
            """
            {"campaignId":"%s","title":"Fast shoes","landingUrl":"https://shop.example.com/p",
             "variants":{"titles":["ok","also ok",""],
                         "bodies":["1","2","3","4","5","6"],
                         "imageUrls":["not a url"]}}"""
                .formatted(campaign));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(errorFields(r))
        .containsExactlyInAnyOrder(
            "variants.titles[2]", "variants.bodies", "variants.imageUrls[0]");
  }

  @Test
  void a_creative_without_variants_has_no_variants_member_and_its_ads_no_variant_id() {
    String adv = api.createAdvertiser("Shoes Inc");
    String campaign = api.createCampaign(ADMIN_KEY, adv, "Runners");
    String id = api.createCreative(ADMIN_KEY, campaign, "Plain");

    assertThat(api.get("/v1/creatives/" + id, ADMIN_KEY).json().has("variants")).isFalse();
    JsonNode ad =
        api.post("/v1/decisions", ADMIN_KEY, "{\"placementId\":\"p\",\"user\":{\"id\":\"u1\"}}")
            .json()
            .get("ads")
            .get(0);
    assertThat(ad.has("variantId")).isFalse();
    assertThat(ad.get("title").asText()).isEqualTo("Plain");
  }

  private static String path(String url) {
    URI uri = URI.create(url);
    return uri.getRawPath();
  }
}
