package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.testkit.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SegmentsApiTest {
  private static final List<List<String>> PLANTED =
      List.of(List.of("golf", "travel"), List.of("games", "electronics"), List.of("cooking"));
  private final TestApi api = new TestApi();
  private final Pseudonymizer pseudonyms =
      new Pseudonymizer(TestApi.config(api.clock).pseudonymKey());

  SegmentsApiTest() {
    SplittableRandom random = new SplittableRandom(4);
    for (int c = 0; c < PLANTED.size(); c++) {
      for (int i = 0; i < 30; i++) {
        java.util.HashMap<String, Double> interests = new java.util.HashMap<>();
        PLANTED.get(c).forEach(cat -> interests.put(cat, 1 + random.nextDouble()));
        interests.put("misc" + random.nextInt(5), 0.1);
        api.memory
            .profiles()
            .put(
                new UserProfile(
                    pseudonyms.userKey("u" + c + "-" + i),
                    null,
                    interests,
                    Set.of(),
                    5,
                    Samples.T0));
      }
    }
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void recompute_fills_the_catalogue_that_get_segments_lists() {
    assertThat(api.get("/v1/segments", ADMIN_KEY).json().get("segments")).isEmpty();

    TestApi.Response run = api.post("/v1/segments/recompute", ADMIN_KEY, "");
    TestApi.check(run, 200);
    assertThat(run.json().get("clustered").asInt()).isEqualTo(90);
    assertThat(run.json().get("kmeansK").asInt()).isEqualTo(3);

    JsonNode segments = api.get("/v1/segments", ADMIN_KEY).json().get("segments");
    List<String> names = new ArrayList<>();
    segments.forEach(s -> names.add(s.get("method").asText() + " " + s.get("name").asText()));
    assertThat(names).contains("kmeans cooking", "gmm cooking");
    assertThat(segments.get(0).get("size").asInt()).isEqualTo(30);
  }

  @Test
  void lookalike_returns_similar_pseudonymous_users_and_checks_the_caller() {
    Map<String, Object> body = Map.of("seedUserIds", List.of("u1-0", "u1-1"), "size", 5);

    TestApi.Response r = api.post("/v1/audiences/lookalike", ADMIN_KEY, body);

    TestApi.check(r, 200);
    assertThat(r.json().get("seeds").asInt()).isEqualTo(2);
    List<String> keys = new ArrayList<>();
    r.json().get("users").forEach(u -> keys.add(u.get("userKey").asText()));
    List<String> gamers = new ArrayList<>();
    for (int i = 2; i < 30; i++) {
      gamers.add(pseudonyms.userKey("u1-" + i));
    }
    assertThat(keys).hasSize(5).allMatch(gamers::contains);

    String advertiser = api.createAdvertiser("Shop");
    String advertiserKey = api.advertiserKey(advertiser);
    assertThat(api.post("/v1/audiences/lookalike", advertiserKey, body).status()).isEqualTo(403);
    assertThat(api.post("/v1/audiences/lookalike", api.publisherKey(), body).status())
        .isEqualTo(403);
    assertThat(api.post("/v1/audiences/lookalike", ADMIN_KEY, Map.of("size", 5)).status())
        .isEqualTo(400);
    assertThat(api.get("/v1/segments", advertiserKey).status()).isEqualTo(403);
  }
}
