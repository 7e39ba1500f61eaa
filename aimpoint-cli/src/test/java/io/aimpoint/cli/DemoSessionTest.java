package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.sim.run.LiveTraffic;
import io.aimpoint.sim.run.RequestMapper;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.world.SimUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's wiring on port 0 with a 500-user world whose traffic plays three simulated hours as
 * fast as the engine answers: the same code as {@code aimpoint demo}, minus the endless horizon.
 */
class DemoSessionTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
  private static final String ADMIN = "demo-test-admin-key-0123456789";
  private static final Duration HORIZON = Duration.ofHours(3);

  private final HttpClient http = HttpClient.newHttpClient();
  private final StringWriter output = new StringWriter();
  @TempDir Path dataDir;
  private DemoSession session;

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void traffic_fills_the_reports_and_decisions_return_ads_for_demo_users() throws Exception {
    session = start(Double.POSITIVE_INFINITY, HORIZON);
    session.awaitTraffic();
    LiveTraffic.Counts counts = session.traffic().counts();

    assertThat(counts.errors()).as(counts.lastError()).isZero();
    assertThat(counts.adRequests()).isGreaterThan(50);
    assertThat(counts.impressions()).isGreaterThan(counts.adRequests() / 2);
    assertThat(counts.events()).isGreaterThan(counts.adRequests());
    assertThat(impressionsInReports()).isEqualTo(counts.impressions());
    assertThat(filledDecisions(20)).isPositive();
  }

  @Test
  void the_world_has_the_demo_shape_and_mints_a_key_per_advertiser() throws Exception {
    session = start(0, null);
    DemoWorld.Installed world = session.world();

    assertThat(world.world().advertisers()).hasSize(20);
    assertThat(world.world().campaigns()).hasSize(120);
    assertThat(world.world().creatives()).hasSize(360);
    assertThat(world.world().creatives())
        .extracting(k -> k.creative().language())
        .contains("zh", "en");
    assertThat(world.advertiserKeys()).hasSize(20);
    assertThat(world.world().placements()).allMatch(p -> p.placement().floorCpmMicros() > 0);
    assertThat(session.traffic()).isNull();
    Path keys = DemoWorld.writeKeys(world, dataDir);
    assertThat(Files.readAllLines(keys)).hasSize(21);
  }

  @Test
  void a_restart_on_the_same_data_dir_resumes_instead_of_duplicating() throws Exception {
    session = start(Double.POSITIVE_INFINITY, Duration.ofHours(1));
    session.awaitTraffic();
    String firstCampaign =
        session.world().truth().ids().campaignsByEngineId().keySet().stream()
            .sorted()
            .findFirst()
            .orElseThrow();
    session.close();

    session = start(Double.POSITIVE_INFINITY, Duration.ofMinutes(30));
    session.awaitTraffic();

    assertThat(session.world().resumed()).isTrue();
    assertThat(session.world().state().nextDay()).isEqualTo(1);
    assertThat(session.world().truth().ids().campaignsByEngineId()).containsKey(firstCampaign);
    assertThat(advertisers()).isEqualTo(20);
    assertThat(session.traffic().counts().errors())
        .as(session.traffic().counts().lastError())
        .isZero();
    assertThat(session.traffic().counts().simulatedNow())
        .isEqualTo(session.world().state().start().plus(Duration.ofDays(1)).plusSeconds(1800));
  }

  @Test
  void refuses_a_data_dir_with_advertisers_no_demo_created() throws Exception {
    AimpointNode node = AimpointNode.start(serveOptions(), Clock.systemUTC());
    try {
      node.engine()
          .admin()
          .createAdvertiser(
              Caller.ADMIN,
              new Advertiser(null, "Own", "own.example", Status.ACTIVE, null, null, 0));
    } finally {
      node.close();
    }

    assertThatThrownBy(() -> start(0, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no demo created");
  }

  @Test
  void the_status_line_names_requests_impressions_clicks_conversions_and_spend() {
    LiveTraffic.Counts counts =
        new LiveTraffic.Counts(
            java.time.Instant.parse("2026-03-02T10:30:00Z"),
            900,
            120,
            200,
            4,
            1,
            2_500_000,
            0,
            null);

    String line = StatusPrinter.line(counts, Clock.systemUTC());

    assertThat(line)
        .contains("03-02 10:30", "120 requests", "200 impressions", "4 clicks", "1 conversions")
        .contains("spend 2.50")
        .doesNotContain("errors");
  }

  private DemoSession start(double speed, Duration horizon) throws Exception {
    DemoSession.Options options =
        new DemoSession.Options(
            serveOptions(),
            DemoSession.Options.world(11, 500, Clock.systemUTC()),
            speed,
            horizon,
            null);
    return DemoSession.start(options, Clock.systemUTC(), new PrintWriter(output));
  }

  private ServeOptions serveOptions() {
    return new ServeOptions(0, dataDir, new AdminKey(ADMIN, AdminKey.Source.OPTION), null);
  }

  private long advertisers() {
    return session
        .node()
        .engine()
        .admin()
        .advertisers(Caller.ADMIN, ListQuery.all(ListQuery.MAX_LIMIT))
        .items()
        .size();
  }

  private long impressionsInReports() throws Exception {
    long total = 0;
    for (String id : session.world().truth().ids().campaignsByEngineId().keySet()) {
      JsonNode report = get("/v1/reports/campaigns/" + id + "?granularity=day");
      total += report.get("totals").get("impressions").asLong();
    }
    return total;
  }

  /**
   * Asks for ads for the first ad opportunity of each of the first {@code users} humans over HTTP,
   * as the printed curl does, and returns how many answers carried an ad. Some pages have no
   * eligible campaign (targeting, caps, pacing), so one empty answer proves nothing.
   */
  private int filledDecisions(int users) throws Exception {
    DemoWorld.Installed world = session.world();
    int filled = 0;
    for (SimUser user :
        world.world().users().stream().filter(u -> !u.isBot()).limit(users).toList()) {
      AdOpportunity page = DemoBanner.firstOpportunity(world.world(), user, 1);
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(session.node().baseUrl() + "/v1/decisions"))
                  .header("Authorization", "Bearer " + world.publisherKey().secret())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.writeValueAsString(new RequestMapper(false).adRequest(page, user))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      filled += JSON.readTree(response.body()).get("ads").isEmpty() ? 0 : 1;
    }
    return filled;
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(session.node().baseUrl() + path))
                .header("Authorization", "Bearer " + ADMIN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
