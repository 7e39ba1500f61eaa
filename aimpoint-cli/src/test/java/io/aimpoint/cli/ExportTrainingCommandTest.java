package io.aimpoint.cli;

import static io.aimpoint.testkit.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.CampaignCatalog;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.DeliveryCache;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.tracking.TrackingService;
import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.data.LoggedImpression;
import io.aimpoint.ml.data.LogsReader;
import io.aimpoint.ml.feature.SnapshotEncoder;
import io.aimpoint.store.embedded.EmbeddedStores;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Train/serve parity on the embedded stores: the snapshots the decision path logged (captured
 * before RocksDB encodes them) must come back from {@code export-training} and the training reader
 * as the same features, after the stores were closed and reopened.
 */
class ExportTrainingCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  /** Keeps the decisions appended, as the engine built them. */
  private record Capturing(EventLog log, List<DecisionMade> decisions) implements EventLog {
    @Override
    public List<AppendOutcome> append(List<? extends Event> events) {
      events.stream()
          .filter(e -> e instanceof DecisionMade)
          .forEach(e -> decisions.add((DecisionMade) e));
      return log.append(events);
    }

    @Override
    public List<LoggedEvent> read(long fromOffset, int max) {
      return log.read(fromOffset, max);
    }

    @Override
    public List<Event> readUser(String userKey, int max) {
      return log.readUser(userKey, max);
    }

    @Override
    public Optional<Event> find(String eventId) {
      return log.find(eventId);
    }

    @Override
    public long deleteUser(String userKey) {
      return log.deleteUser(userKey);
    }

    @Override
    public long endOffset() {
      return log.endOffset();
    }

    @Override
    public void close() {}
  }

  private List<DecisionMade> serveSomeAds(Path dataDir) {
    FakeClock clock = new FakeClock(T0);
    List<DecisionMade> decisions = new ArrayList<>();
    try (EmbeddedStores s = EmbeddedStores.open(dataDir, clock)) {
      Stores stores =
          new Stores(
              s.campaigns(),
              s.apiKeys(),
              new Capturing(s.events(), decisions),
              s.profiles(),
              s.counters(),
              s.ledger(),
              s.segments());
      EngineConfig config =
          EngineConfig.defaults(
              "pseudonym-key-for-tests".getBytes(StandardCharsets.UTF_8),
              "tracking-key-for-tests!".getBytes(StandardCharsets.UTF_8),
              clock);
      for (int a = 0; a < 3; a++) {
        stores.campaigns().createAdvertiser(Samples.advertiser("a" + a));
        stores.campaigns().createCampaign(Samples.minimalCampaign("c" + a, "a" + a));
        stores.campaigns().createCreative(Samples.creative("cr" + a, "c" + a, "a" + a));
      }
      Pseudonymizer pseudonyms = new Pseudonymizer(config.pseudonymKey());
      stores.profiles().put(Samples.profile(pseudonyms.userKey("user-1"), T0));
      CampaignCatalog catalog = new CampaignCatalog(stores.campaigns(), clock);
      DeliveryCache deliveries = DeliveryCache.load(stores.ledger(), clock);
      DecisionService service = new DecisionService(stores, config, catalog, deliveries);
      TrackingService tracking = new TrackingService(stores, config, catalog, deliveries);
      for (int i = 0; i < 12; i++) {
        clock.advance(Duration.ofMinutes(13));
        DecisionResult r =
            service.decide(
                new AdRequest(
                    "home-top",
                    new AdRequest.User(
                        "user-" + i % 3, 20 + i, Gender.MALE, null, null, i % 3 == 1),
                    new AdRequest.Context(
                        "https://site.example/" + i, "text " + i, List.of("k" + i), null, "en"),
                    2));
        for (ServedAdView ad : r.ads()) {
          tracking.impression(ad.impressionToken());
          if (i % 4 == 0) {
            tracking.click(ad.clickToken());
          }
        }
      }
    }
    return decisions;
  }

  @Test
  void exports_the_logged_snapshots_so_training_rebuilds_the_served_features() throws Exception {
    Path dataDir = dir.resolve("data");
    List<DecisionMade> decisions = serveSomeAds(dataDir);
    SnapshotEncoder encoder = SnapshotEncoder.defaults();
    List<Features> served = new ArrayList<>();
    for (DecisionMade d : decisions) {
      for (int i = 0; i < d.ads().size(); i++) {
        // what serving scored, with the slot the ad was shown in as its position (training's one
        // intended difference: serving scores every candidate at position 0)
        served.add(
            encoder.encode(
                d.requestFeatures(),
                d.adFeatures()
                    .get(i)
                    .withNumber(LoggedImpression.POSITION, d.ads().get(i).slot())));
      }
    }
    assertThat(served).hasSizeGreaterThan(12);
    Path file = dir.resolve("train.jsonl.gz");

    assertThat(run("export-training", "--data-dir", dataDir.toString(), "--out", file.toString()))
        .as(err.toString())
        .isZero();

    assertThat(out.toString()).contains("Wrote " + served.size() + " lines");
    try (LogsReader reader = LogsReader.open(file, encoder)) {
      for (Features expected : served) {
        Example e = reader.next();
        assertThat(e.features()).isEqualTo(expected);
      }
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.report().badLines()).isZero();
    }
  }

  @Test
  void a_bad_time_bound_is_a_usage_error_naming_the_option() {
    int code =
        run(
            "export-training",
            "--data-dir",
            dir.toString(),
            "--out",
            dir.resolve("x.jsonl.gz").toString(),
            "--from",
            "yesterday");
    assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("--from", "yesterday");
  }
}
