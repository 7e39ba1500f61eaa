package io.aimpoint.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.LoggedImpression;
import io.aimpoint.ml.data.LogsReader;
import io.aimpoint.ml.feature.SnapshotEncoder;
import io.aimpoint.sim.export.ImpressionLogs;
import io.aimpoint.sim.export.ImpressionRecord;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.world.WorldConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One seeded simulation of all three policies on a small world, shared by the tests: 800 users over
 * a day give each policy about 5,000 requests and 8,000 impressions, enough that the gaps between
 * the policies' revenues (several times the run-to-run noise) are not luck.
 */
class SimulationTest {
  private static final long SEED = 20_260_302L;

  @TempDir static Path logs;
  private static SimulationReport report;

  @BeforeAll
  static void simulate() {
    SimulationOptions options =
        new SimulationOptions(
            WorldConfig.demo(SEED).withUsers(800),
            24,
            List.of(Policy.RANDOM, Policy.ENGINE, Policy.ORACLE),
            logs);
    report = new Simulation(options).run(InMemory.STORES, ProgressListener.NONE);
  }

  @Test
  void oracle_earns_more_than_the_engine_which_earns_more_than_random() {
    long random = metrics("random").revenueMicros();
    long engine = metrics("engine").revenueMicros();
    long oracle = metrics("oracle").revenueMicros();
    assertThat(engine).as("engine vs random (seed %d)", SEED).isGreaterThan(random);
    assertThat(oracle).as("oracle vs engine (seed %d)", SEED).isGreaterThan(engine);
    assertThat(metrics("oracle").clicks()).isGreaterThan(metrics("engine").clicks());
  }

  @Test
  void no_policy_overspends_and_spend_matches_what_the_ledger_charged() {
    for (PolicyMetrics m : report.policies()) {
      assertThat(m.overspendMicros()).as(m.policy()).isZero();
      assertThat(m.spendMicros()).as(m.policy()).isEqualTo(m.revenueMicros());
      assertThat(m.budgetUtilisation()).as(m.policy()).isBetween(0.0, 1.0);
      assertThat(m.impressions()).as(m.policy()).isGreaterThan(m.adRequests());
    }
  }

  @Test
  void every_policy_sees_the_same_requests() {
    assertThat(report.policies())
        .extracting(PolicyMetrics::adRequests)
        .containsOnly(metrics("engine").adRequests());
  }

  @Test
  void true_probabilities_rank_clicks_better_than_the_engine_and_random() {
    PolicyMetrics engine = metrics("engine");
    assertThat(engine.bayesOptimalAuc()).isGreaterThan(0.7);
    assertThat(engine.policyAuc()).isBetween(0.4, engine.bayesOptimalAuc());
    assertThat(report.bayesOptimalAuc()).isGreaterThan(0.7);
    assertThat(report.bayesOptimalLogLoss()).isPositive();
  }

  @Test
  void json_report_has_the_required_keys() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportJson.toString(report));
    assertThat(json.path("seed").asLong()).isEqualTo(SEED);
    assertThat(json.path("bayesOptimalAuc").isNumber()).isTrue();
    for (String policy : List.of("random", "engine", "oracle")) {
      JsonNode p = json.path("policies").path(policy);
      for (String key :
          List.of(
              "impressions",
              "clicks",
              "conversions",
              "ctr",
              "revenueMicros",
              "spendMicros",
              "overspendMicros",
              "budgetUtilisation",
              "revenueRatioToOracle")) {
        assertThat(p.path(key).isNumber()).as(policy + "." + key).isTrue();
      }
    }
    assertThat(json.path("policies").path("oracle").path("revenueRatioToOracle").asDouble())
        .isEqualTo(1.0);
    assertThat(json.path("policies").path("engine").path("impressions").asLong())
        .isEqualTo(metrics("engine").impressions());
  }

  @Test
  void exported_logs_parse_back_and_match_the_counts() throws Exception {
    for (PolicyMetrics m : report.policies()) {
      Path file = ImpressionLogs.file(logs, m.policy());
      assertThat(file).exists();
      List<ImpressionRecord> records = ImpressionLogs.read(file);
      assertThat(records).hasSize((int) m.impressions());
      assertThat(records.stream().filter(ImpressionRecord::clicked).count()).isEqualTo(m.clicks());
      assertThat(records.stream().filter(ImpressionRecord::converted).count())
          .isEqualTo(m.conversions());
      assertThat(records).allSatisfy(r -> assertThat(r.policy()).isEqualTo(m.policy()));
      assertThat(records)
          .allSatisfy(
              r -> {
                assertThat(r.truePCtr()).isBetween(0.0, 1.0);
                assertThat(r.enginePCtr()).isNotNull();
                assertThat(r.userKey()).hasSize(32);
                assertThat(r.propensity()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
              });
    }
    // The engine explores (epsilon 0.05), so some of its ads were chosen with probability < 1.
    List<ImpressionRecord> engine = ImpressionLogs.read(ImpressionLogs.file(logs, "engine"));
    assertThat(engine).anySatisfy(r -> assertThat(r.propensity()).isLessThan(1.0));
    assertThat(engine).anySatisfy(r -> assertThat(r.propensity()).isGreaterThan(0.9));
    assertThat(Files.list(logs).count()).isEqualTo(3);
  }

  @Test
  void exported_logs_carry_the_logged_feature_snapshots_and_train_reads_them() throws Exception {
    Path file = ImpressionLogs.file(logs, "engine");
    List<ImpressionRecord> records = ImpressionLogs.read(file);
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.request().tokensOf("context.placement"))
                  .containsExactly(r.placementId());
              assertThat(r.candidate().tokensOf("ad.creative")).containsExactly(r.creativeId());
            });
    assertThat(records)
        .anySatisfy(r -> assertThat(r.request().tokensOf("seq.categories")).isNotEmpty());
    SnapshotEncoder encoder = SnapshotEncoder.defaults();
    try (LogsReader reader = LogsReader.open(file, encoder)) {
      for (ImpressionRecord r : records.subList(0, 200)) {
        Example e = reader.next();
        assertThat(e.features())
            .isEqualTo(
                encoder.encode(
                    r.request(), r.candidate().withNumber(LoggedImpression.POSITION, r.slot())));
        assertThat(e.label()).isEqualTo(r.clicked() ? 1 : 0);
        assertThat(reader.truePCtr(e)).isEqualTo(r.truePCtr());
      }
    }
  }

  @Test
  void the_table_names_every_policy_and_the_ratios() {
    String table = ReportTable.render(report);
    assertThat(table).contains("random", "engine", "oracle", "Ratio to the oracle", "overspend");
  }

  @Test
  void the_runner_is_deterministic_for_a_seed() {
    SimulationOptions options =
        new SimulationOptions(
            WorldConfig.demo(5).withUsers(150),
            8,
            List.of(Policy.RANDOM, Policy.ENGINE, Policy.ORACLE),
            null);
    SimulationReport first = new Simulation(options).run(InMemory.STORES, ProgressListener.NONE);
    SimulationReport second = new Simulation(options).run(InMemory.STORES, ProgressListener.NONE);
    assertThat(second.policies()).isEqualTo(first.policies());
    assertThat(first.policy("engine").orElseThrow().impressions()).isPositive();
  }

  private static PolicyMetrics metrics(String policy) {
    return report.policy(policy).orElseThrow();
  }
}
