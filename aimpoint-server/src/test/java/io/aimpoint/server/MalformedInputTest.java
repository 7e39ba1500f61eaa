package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.server.TestApi.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws a large set of malformed requests at every route and checks that none gets a 5xx: every
 * input a client can send is either served or refused with a 4xx problem.
 */
class MalformedInputTest {
  private static final long SEED = 20250310L;
  private static final int LIMIT = 16 * 1024;
  private static TestApi api;
  private static String campaignId;
  private static String advertiserId;

  @BeforeAll
  static void start() {
    api = new TestApi(LIMIT);
    advertiserId = api.createAdvertiser("Fuzz");
    campaignId = api.createCampaign(ADMIN_KEY, advertiserId, "C");
    api.createCreative(ADMIN_KEY, campaignId, "T");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static List<String> bodies(Random random) {
    List<String> bodies =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "{",
                "}",
                "[",
                "null",
                "true",
                "0",
                "-1",
                "1e999",
                "\"string\"",
                "[]",
                "[null]",
                "{}",
                "{\"a\":}",
                "{\"name\":null}",
                "{\"name\":123}",
                "{\"name\":\"\\u0000\\uffff\\ud800\"}",
                "{\"name\":\"x\",\"name\":\"y\"}",
                "{\"events\":null}",
                "{\"events\":{}}",
                "{\"events\":[1,2,3]}",
                "{\"events\":[{\"eventId\":[],\"type\":{},\"userId\":1.5}]}",
                "{\"events\":[{\"eventId\":\"x\",\"type\":\"purchase\",\"userId\":\"u\",\"item\":\"i\",\"amountMicros\":99999999999999999999999}]}",
                "{\"events\":[{\"eventId\":\"x\",\"type\":\"search\",\"userId\":\"u\",\"query\":\"q\",\"timestamp\":\"+999999999-12-31T23:59:59Z\"}]}",
                "{\"budget\":{\"dailyMicros\":1e400}}",
                "{\"bid\":{\"type\":\"BARTER\",\"amountMicros\":-9223372036854775808}}",
                "{\"targeting\":{\"countries\":[null]}}",
                "{\"targeting\":{\"genders\":[\"X\"]}}",
                "{\"dayparting\":{\"hours\":[99],\"timeZone\":\"Mars/Base\"}}",
                "{\"advertiserId\":\"" + "x".repeat(5000) + "\",\"name\":\"n\"}",
                "{\"startAt\":\"yesterday\"}",
                "{\"startAt\":\"+1000000000-01-01T00:00:00Z\"}",
                "{\"version\":\"abc\"}",
                "{\"version\":1e30}",
                "{\"placementId\":null,\"user\":null}",
                "{\"placementId\":\"p\",\"user\":{\"id\":\"\"},\"slots\":-5}",
                "{\"placementId\":\"p\",\"user\":{\"id\":\"u\",\"age\":-1,\"gender\":\"robot\"},\"slots\":100000}",
                "{\"placementId\":\"p\",\"user\":{\"id\":\"u\",\"geo\":\"CN\"},\"context\":{\"keywords\":\"a\"}}",
                "{\"orderId\":null,\"valueMicros\":\"1\"}",
                "{\"orderId\":\"o\",\"userId\":\"u\",\"timestamp\":\"soon\",\"valueMicros\":-1}",
                "{\"floorCpmMicros\":-1}",
                "{\"floorCpmMicros\":1.5}",
                "{\"label\":" + "\"x\"".repeat(2) + "}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "\"" + "y".repeat(LIMIT * 2) + "\""));
    for (int i = 0; i < 40; i++) {
      byte[] noise = new byte[1 + random.nextInt(300)];
      random.nextBytes(noise);
      bodies.add(new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return bodies;
  }

  static List<String[]> routes() {
    return List.of(
        new String[] {"POST", "/v1/advertisers"},
        new String[] {"GET", "/v1/advertisers"},
        new String[] {"PATCH", "/v1/advertisers/" + advertiserId},
        new String[] {"POST", "/v1/campaigns"},
        new String[] {"PATCH", "/v1/campaigns/" + campaignId},
        new String[] {"POST", "/v1/creatives"},
        new String[] {"PUT", "/v1/placements/p1"},
        new String[] {"POST", "/v1/advertisers/" + advertiserId + "/keys"},
        new String[] {"POST", "/v1/publisher-keys"},
        new String[] {"POST", "/v1/events"},
        new String[] {"POST", "/v1/decisions"},
        new String[] {"POST", "/v1/conversions"});
  }

  @Test
  void no_malformed_body_on_any_route_gets_a_5xx() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    for (String[] route : routes()) {
      for (String body : bodies(random)) {
        Response r = api.send(route[0], route[1], ADMIN_KEY, body);
        if (r.status() >= 500) {
          failures.add(route[0] + " " + route[1] + " <- " + clip(body) + " => " + r.body());
        }
      }
    }
    assertThat(failures).as("seed %d", SEED).isEmpty();
  }

  @Test
  void no_malformed_path_query_or_header_gets_a_5xx() {
    List<String> paths =
        List.of(
            "/v1/campaigns/%00",
            "/v1/campaigns/" + "x".repeat(4000),
            "/v1/campaigns/%E2%82%AC%F0%9F%98%80",
            "/v1/campaigns/..%2F..%2Fetc",
            "/v1/campaigns?limit=abc",
            "/v1/campaigns?limit=99999999999999999999",
            "/v1/campaigns?limit=-1&after=",
            "/v1/campaigns?status=%00",
            "/v1/creatives?campaignId=" + "c".repeat(3000),
            "/v1/reports/campaigns/" + campaignId + "?from=2025&to=x",
            "/v1/reports/campaigns/"
                + campaignId
                + "?from=2025-03-10T00:00:00Z&to=2024-01-01T00:00:00Z",
            "/v1/reports/campaigns/" + campaignId + "?granularity=minute",
            "/v1/reports/campaigns/" + campaignId + "?from=-999999999-01-01T00:00:00Z",
            "/v1/reports/campaigns/" + campaignId + "?from=+999999999-12-31T23:59:59Z",
            "/v1/reports/campaigns/nope",
            "/t/i/",
            "/t/i/%FF%FE",
            "/t/c/" + "A".repeat(5000),
            "/t/c/a.b.c",
            "/v1/keys/none",
            "/v1/placements/%20");
    List<String> failures = new ArrayList<>();
    for (String path : paths) {
      for (String method : List.of("GET", "DELETE", "PATCH")) {
        Response r = api.send(method, path, ADMIN_KEY, method.equals("PATCH") ? "{}" : null);
        if (r.status() >= 500) {
          failures.add(method + " " + path + " => " + r.body());
        }
      }
    }
    for (String auth :
        List.of("", "Bearer", "Bearer ", "Basic abc", "Bearer " + "k".repeat(2000))) {
      Response r =
          api.send(
              HttpRequest.newBuilder(api.uri("/v1/campaigns"))
                  .header("Authorization", auth.isEmpty() ? " " : auth)
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build());
      if (r.status() >= 500) {
        failures.add("Authorization: " + clip(auth) + " => " + r.body());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void oversized_bodies_get_413_and_non_json_bodies_get_415() {
    Response big = api.post("/v1/events", ADMIN_KEY, "[" + "1,".repeat(LIMIT) + "1]");
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.header("Content-Type")).startsWith("application/problem+json");

    Response form =
        api.send(
            HttpRequest.newBuilder(URI.create(api.uri("/v1/advertisers").toString()))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x"))
                .build());
    assertThat(form.status()).isEqualTo(415);
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
