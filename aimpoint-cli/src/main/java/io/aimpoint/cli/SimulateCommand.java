package io.aimpoint.cli;

import io.aimpoint.engine.Stores;
import io.aimpoint.engine.creative.CreativeOptions;
import io.aimpoint.ml.text.BgeSmallZhEmbedder;
import io.aimpoint.ml.text.CachingEmbedder;
import io.aimpoint.ml.text.TextEmbedder;
import io.aimpoint.sim.client.HttpEngineClient;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.run.ProgressListener;
import io.aimpoint.sim.run.ReportJson;
import io.aimpoint.sim.run.ReportTable;
import io.aimpoint.sim.run.Simulation;
import io.aimpoint.sim.run.SimulationOptions;
import io.aimpoint.sim.run.SimulationReport;
import io.aimpoint.sim.run.StoresFactory;
import io.aimpoint.sim.world.WorldConfig;
import io.aimpoint.store.embedded.EmbeddedStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint simulate}: plays a seeded synthetic world against the engine under several
 * policies (random, engine, oracle) on a simulated clock and prints how each did, with a progress
 * bar while it runs. By default each policy gets its own in-process engine on embedded stores in a
 * temporary directory, deleted afterwards; with {@code --target URL} the engine policy runs against
 * a running server instead (real time there; see docs/simulator.md).
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Simulates users, advertisers and their ground-truth behaviour against the engine and"
            + " compares serving policies (random, engine, oracle).")
public final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--users",
      defaultValue = "2000",
      description = "Simulated users, bots included (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--hours",
      defaultValue = "24",
      description = "Simulated hours (default: ${DEFAULT-VALUE}).")
  int hours;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the world, the traffic and the outcomes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--policy",
      split = ",",
      defaultValue = "random,engine,oracle",
      description = "Policies to compare, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> policies;

  @Option(names = "--json", description = "Also write the metrics as JSON to this file.")
  Path json;

  @Option(
      names = "--export-logs",
      description = "Write the served impressions with outcomes to this directory (gzip JSONL).")
  Path exportLogs;

  @Option(
      names = "--target",
      description =
          "Base URL of a running Aimpoint server to simulate against (engine policy only).")
  String target;

  @Option(
      names = "--admin-key",
      description = "Admin key of the --target server (default: $" + AdminKey.ENV_VARIABLE + ").")
  String adminKey;

  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean noProgress;

  @Option(
      names = "--pacing-plot",
      description =
          "Measure EVEN pacing instead (engine policy, whole days): write a PNG of cumulative"
              + " spend vs plan of the top campaigns per day and print the pacing error.")
  Path pacingPlot;

  @Option(
      names = "--pacing-gains",
      split = ",",
      defaultValue = "4:2",
      description =
          "With --pacing-plot: PID settings kp:ki to compare, comma-separated; the first is"
              + " plotted (default: ${DEFAULT-VALUE}, the engine's defaults).")
  List<String> pacingGains;

  @Option(
      names = "--embedder",
      description =
          "Give the engine policy the BGE text embedder: creatives, page text and queries are"
              + " embedded and text similarity adjusts its ranking (slower; see"
              + " docs/benchmarks.md).")
  boolean embedder;

  @Option(
      names = "--models",
      description =
          "A model registry root (train --registry, models promote): its ctr champion (and cvr"
              + " champion, if any) ranks for the engine and full policies, the way `serve` ranks"
              + " with <data-dir>/models.")
  Path models;

  /** A tmpfs on Linux: files there never touch a disk. */
  private static final Path SHARED_MEMORY = Path.of("/dev/shm");

  private final StoresFactory stores;

  /** Runs in-process policies on embedded stores in temporary directories. */
  public SimulateCommand() {
    this(SimulateCommand::embeddedStores);
  }

  /** Runs in-process policies on the stores {@code stores} opens. */
  public SimulateCommand(StoresFactory stores) {
    this.stores = Objects.requireNonNull(stores, "stores");
  }

  @Override
  public Integer call() throws IOException {
    List<Policy> chosen = parsePolicies();
    WorldConfig world = WorldConfig.demo(seed).withUsers(users);
    if (target != null) {
      // The server stamps events with its own clock, so the world starts now, not in 2026-03.
      world =
          new WorldConfig(
              seed,
              users,
              world.advertisers(),
              world.campaignsPerAdvertiser(),
              world.creativesPerCampaign(),
              world.shareWithoutConsent(),
              world.botShare(),
              Instant.now().truncatedTo(ChronoUnit.HOURS));
    }
    if (pacingPlot != null) {
      return new PacingRun(spec, pacingPlot, pacingGains).run(world, hours, stores, !noProgress);
    }
    SimulationOptions options = new SimulationOptions(world, hours, chosen, exportLogs);
    SimulationReport report;
    try (TextEmbedder text =
            embedder ? new CachingEmbedder(BgeSmallZhEmbedder.load(), 100_000) : null;
        Progress progress = new Progress(!noProgress)) {
      Simulation simulation = new Simulation(options, text, CreativeOptions.DEFAULTS, models);
      report = target == null ? simulation.run(stores, progress) : runRemote(simulation, progress);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(ReportTable.render(report));
    if (json != null) {
      ReportJson.write(report, json);
      out.printf("Metrics written to %s%n", json);
    }
    if (exportLogs != null) {
      out.printf("Impression logs written to %s%n", exportLogs);
    }
    out.flush();
    return 0;
  }

  private SimulationReport runRemote(Simulation simulation, ProgressListener progress) {
    String key = adminKey != null ? adminKey : System.getenv(AdminKey.ENV_VARIABLE);
    if (key == null || key.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "--target needs --admin-key or $" + AdminKey.ENV_VARIABLE);
    }
    try (HttpEngineClient client = new HttpEngineClient(target, key)) {
      return simulation.runRemote(client, progress);
    }
  }

  private List<Policy> parsePolicies() {
    List<Policy> chosen;
    try {
      chosen = policies.stream().map(Policy::parse).distinct().toList();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (target != null && !chosen.equals(List.of(Policy.ENGINE))) {
      if (!chosen.contains(Policy.ENGINE)) {
        throw new ParameterException(
            spec.commandLine(), "--target can only run the engine policy (--policy engine)");
      }
      spec.commandLine()
          .getErr()
          .println("aimpoint simulate: with --target only the engine policy runs");
      return List.of(Policy.ENGINE);
    }
    return chosen;
  }

  /**
   * Embedded stores in a new temporary directory, deleted when closed. The directory is in shared
   * memory where there is some: the stores sync every acknowledged write to disk, which a throwaway
   * simulation does not need and which costs most of a run's time on a real disk.
   */
  static StoresFactory.OpenStores embeddedStores(Clock clock) {
    Path dir;
    try {
      dir =
          Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)
              ? Files.createTempDirectory(SHARED_MEMORY, "aimpoint-sim-")
              : Files.createTempDirectory("aimpoint-sim-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
    EmbeddedStores es = EmbeddedStores.open(dir, clock);
    Stores s =
        new Stores(
            es.campaigns(), es.apiKeys(), es.events(), es.profiles(), es.counters(), es.ledger());
    return new StoresFactory.OpenStores(
        s,
        () -> {
          es.close();
          deleteTree(dir);
        });
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** One progress bar per policy on stderr, in simulated hours. */
  static final class Progress implements ProgressListener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;
    private String policy;

    Progress(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public void advanced(String name, long doneMinutes, long totalMinutes) {
      if (!enabled) {
        return;
      }
      if (!name.equals(policy)) {
        close();
        policy = name;
        bar =
            new ProgressBarBuilder()
                .setTaskName(String.format("%-7s", name))
                .setInitialMax(totalMinutes)
                .setUnit(" h", 60)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .build();
      }
      bar.stepTo(doneMinutes);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
