package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.sim.run.RequestMapper;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.world.SimUser;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AimpointNodeTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dataDir;
  private AimpointNode node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void serves_health_on_a_free_port() throws Exception {
    node = start("admin-key-one-0123456789");

    HttpResponse<String> health = get(node.baseUrl() + "/health", null);

    assertThat(node.port()).isPositive();
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  @Test
  void fails_naming_the_port_when_it_is_taken_and_releases_the_data_dir() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      ServeOptions options =
          new ServeOptions(
              taken.getLocalPort(),
              dataDir,
              new AdminKey("admin-key-one-0123456789", AdminKey.Source.OPTION),
              null);

      assertThatThrownBy(() -> AimpointNode.start(options, Clock.systemUTC()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("port " + taken.getLocalPort());
    }

    node = start("admin-key-one-0123456789");
    assertThat(get(node.baseUrl() + "/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void restarts_on_the_same_data_dir_with_the_same_secrets() throws Exception {
    node = start("admin-key-one-0123456789");
    byte[] pseudonymKey = Files.readAllBytes(dataDir.resolve(AimpointNode.PSEUDONYM_KEY_FILE));
    byte[] trackingKey = Files.readAllBytes(dataDir.resolve(AimpointNode.TRACKING_KEY_FILE));
    DemoWorld.Installed world =
        DemoWorld.install(
            node.engine(), dataDir, DemoSession.Options.world(7, 50, Clock.systemUTC()));
    String impressionPath = URI.create(firstImpressionUrl(world)).getRawPath();
    node.close();

    node = start("admin-key-one-0123456789");

    assertThat(Files.readAllBytes(dataDir.resolve(AimpointNode.PSEUDONYM_KEY_FILE)))
        .isEqualTo(pseudonymKey);
    assertThat(Files.readAllBytes(dataDir.resolve(AimpointNode.TRACKING_KEY_FILE)))
        .isEqualTo(trackingKey);
    assertThat(get(node.baseUrl() + "/health", null).statusCode()).isEqualTo(200);
    // A link signed before the restart still verifies: the tracking key was reused.
    assertThat(get(node.baseUrl() + impressionPath, null).statusCode()).isEqualTo(204);
    String advertiserKey = world.advertiserKeys().getFirst().secret();
    assertThat(get(node.baseUrl() + "/v1/advertisers", advertiserKey).body())
        .contains(world.advertiserKeys().getFirst().key().advertiserId());
  }

  @Test
  void only_the_admin_key_of_the_current_start_is_valid() throws Exception {
    node = start("admin-key-one-0123456789");
    assertThat(get(node.baseUrl() + "/v1/advertisers", "admin-key-one-0123456789").statusCode())
        .isEqualTo(200);
    node.close();

    node = start("admin-key-two-0123456789");

    assertThat(get(node.baseUrl() + "/v1/advertisers", "admin-key-two-0123456789").statusCode())
        .isEqualTo(200);
    assertThat(get(node.baseUrl() + "/v1/advertisers", "admin-key-one-0123456789").statusCode())
        .isEqualTo(401);
  }

  private AimpointNode start(String adminKey) throws Exception {
    ServeOptions options =
        new ServeOptions(0, dataDir, new AdminKey(adminKey, AdminKey.Source.OPTION), null);
    return AimpointNode.start(options, Clock.systemUTC());
  }

  private String firstImpressionUrl(DemoWorld.Installed world) throws Exception {
    SimUser user = DemoBanner.showcaseUser(world.world());
    AdOpportunity page = DemoBanner.firstOpportunity(world.world(), user, 0);
    String body = JSON.writeValueAsString(new RequestMapper(false).adRequest(page, user));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/v1/decisions"))
                .header("Authorization", "Bearer " + world.publisherKey().secret())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode ads = JSON.readTree(response.body()).get("ads");
    assertThat(ads).as(response.body()).isNotEmpty();
    return ads.get(0).get("impressionUrl").asText();
  }

  private HttpResponse<String> get(String url, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
