package io.aimpoint.sim.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
import io.aimpoint.server.AimpointServer;
import io.aimpoint.server.ServerOptions;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.run.PolicyMetrics;
import io.aimpoint.sim.run.ProgressListener;
import io.aimpoint.sim.run.Simulation;
import io.aimpoint.sim.run.SimulationOptions;
import io.aimpoint.sim.run.SimulationReport;
import io.aimpoint.sim.world.WorldConfig;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator against the real HTTP server on port 0, over a real clock. */
class HttpEngineClientTest {
  private static final String ADMIN = "sim-test-admin-secret-0123456789";

  private AimpointServer server;

  @BeforeEach
  void start() {
    Clock clock = Clock.systemUTC();
    InMemoryStores m = InMemoryStores.create(clock);
    Stores stores =
        new Stores(m.campaigns(), m.apiKeys(), m.events(), m.profiles(), m.counters(), m.ledger());
    EngineConfig config =
        EngineConfig.defaults(
            "pseudonym-key-for-tests".getBytes(StandardCharsets.UTF_8),
            "tracking-key-for-tests!".getBytes(StandardCharsets.UTF_8),
            clock);
    server =
        AimpointServer.start(
            new Engine(stores, config, ADMIN),
            new ServerOptions("127.0.0.1", 0, null, ServerOptions.DEFAULT_MAX_REQUEST_BYTES));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void runs_the_engine_policy_against_a_server_through_its_api() {
    WorldConfig demo = WorldConfig.demo(3);
    WorldConfig world =
        new WorldConfig(
            3,
            60,
            4,
            3,
            2,
            demo.shareWithoutConsent(),
            demo.botShare(),
            Instant.now().truncatedTo(ChronoUnit.HOURS));
    SimulationOptions options = new SimulationOptions(world, 6, List.of(Policy.ENGINE), null);
    SimulationReport report;
    try (HttpEngineClient client =
        new HttpEngineClient("http://127.0.0.1:" + server.port(), ADMIN)) {
      report = new Simulation(options).runRemote(client, ProgressListener.NONE);
    }
    PolicyMetrics engine = report.policy("engine").orElseThrow();
    assertThat(engine.adRequests()).isPositive();
    assertThat(engine.impressions()).isPositive();
    assertThat(engine.spendMicros()).isPositive();
    assertThat(engine.revenueMicros()).isEqualTo(engine.spendMicros());
    assertThat(engine.overspendMicros()).isZero();
    assertThat(engine.policyAuc()).isNaN();
  }
}
