package io.aimpoint.sim.run;

import io.aimpoint.core.pacing.PidGains;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.EngineOptions;
import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.admin.Ids;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.creative.CreativeOptions;
import io.aimpoint.engine.decision.DecisionPipeline;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.DecisionStages;
import io.aimpoint.engine.decision.DeliveryOptions;
import io.aimpoint.engine.decision.Pacer;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.ranking.ChampionWatcher;
import io.aimpoint.engine.ranking.ModelRanker;
import io.aimpoint.engine.ranking.ServingModel;
import io.aimpoint.ml.text.TextEmbedder;
import io.aimpoint.sim.client.EngineClient;
import io.aimpoint.sim.client.InProcessEngineClient;
import io.aimpoint.sim.client.SimClock;
import io.aimpoint.sim.export.ImpressionLogs;
import io.aimpoint.sim.export.ImpressionSink;
import io.aimpoint.sim.metrics.BinaryMetrics;
import io.aimpoint.sim.policy.GroundTruth;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.policy.RecordingRanker;
import io.aimpoint.sim.policy.VariantTally;
import io.aimpoint.sim.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a simulation: generates the world once, then for each policy a fresh engine on fresh stores
 * (from the {@link StoresFactory}) and its own simulated clock, sets the world up through the
 * engine's API, plays the same traffic against it ({@link PolicyRun}) and measures it.
 *
 * <pre>{@code
 * SimulationReport report =
 *     new Simulation(SimulationOptions.of(WorldConfig.demo(7).withUsers(2000), 24))
 *         .run(clock -> new StoresFactory.OpenStores(stores(clock), () -> {}), ProgressListener.NONE);
 * System.out.print(ReportTable.render(report));
 * }</pre>
 *
 * <p>In-process runs are reproducible: the engine's keys and the ids it assigns derive from the
 * seed (ids order the auction's ties), the random policy shuffles with a seeded generator and the
 * outcomes use common random numbers. Only decision ids, which nothing depends on, differ.
 */
public final class Simulation {
  private final SimulationOptions options;
  private final World world;
  private final TextEmbedder embedder;
  private final CreativeOptions creatives;
  private final Path models;
  private final Map<Policy, VariantTally> variantTallies = new ConcurrentHashMap<>();

  public Simulation(SimulationOptions options) {
    this(options, null);
  }

  /**
   * @param embedder the text embedder of the engine policy's engine (creatives, page text, queries;
   *     the contextual ranking signal), or null for none; the other policies run without one so
   *     that they stay the same baselines. The caller closes it.
   */
  public Simulation(SimulationOptions options, TextEmbedder embedder) {
    this(options, embedder, CreativeOptions.DEFAULTS);
  }

  /**
   * @param creatives how every policy's engine assembles dynamic creatives (the world has some when
   *     {@link io.aimpoint.sim.world.WorldConfig#titleVariantShare()} is above 0)
   */
  public Simulation(SimulationOptions options, TextEmbedder embedder, CreativeOptions creatives) {
    this(options, embedder, creatives, null);
  }

  /**
   * @param models a model registry root whose {@code ctr} (and {@code cvr}) champions rank for the
   *     {@code engine} and {@code full} policies ({@link ModelRanker}), or null for their standard
   *     rankers
   */
  public Simulation(
      SimulationOptions options, TextEmbedder embedder, CreativeOptions creatives, Path models) {
    this.options = Objects.requireNonNull(options, "options");
    this.world = World.generate(options.world());
    this.embedder = embedder;
    this.creatives = Objects.requireNonNull(creatives, "creatives");
    this.models = models;
  }

  /** What {@code policy}'s run delivered of dynamic creatives, once it ran. */
  public Optional<VariantTally> variantTally(Policy policy) {
    return Optional.ofNullable(variantTallies.get(policy));
  }

  private GroundTruth groundTruth(Policy policy) {
    VariantTally tally = new VariantTally(world.config().start(), options.hours());
    variantTallies.put(policy, tally);
    return new GroundTruth(world, tally);
  }

  public World world() {
    return world;
  }

  /** Runs every policy of the options, each in its own in-process engine. */
  public SimulationReport run(StoresFactory stores, ProgressListener progress) {
    long started = System.nanoTime();
    List<PolicyRun.Result> results = new ArrayList<>();
    for (Policy policy : options.policies()) {
      results.add(runInProcess(policy, stores, progress));
    }
    return report(results, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Runs the {@code engine} policy against a remote engine (which is whatever it is: the other
   * policies need stages swapped inside an engine, so only this one can run remotely). The world is
   * created anew in the remote engine.
   */
  public SimulationReport runRemote(EngineClient client, ProgressListener progress) {
    if (!options.policies().equals(List.of(Policy.ENGINE))) {
      throw new IllegalArgumentException(
          "only the engine policy can run against a remote engine; policies=" + options.policies());
    }
    long started = System.nanoTime();
    GroundTruth truth = groundTruth(Policy.ENGINE);
    SimClock clock = new SimClock(world.config().start());
    WorldSetup.create(world, client, truth.ids());
    PolicyRun.Result result;
    try (ImpressionSink sink = sink(Policy.ENGINE)) {
      result =
          new PolicyRun(
                  new PolicyRun.Setup(
                      world,
                      options,
                      Policy.ENGINE,
                      client,
                      clock,
                      truth,
                      null,
                      null,
                      sink,
                      progress))
              .run();
    }
    return report(List.of(result), Duration.ofNanos(System.nanoTime() - started));
  }

  private PolicyRun.Result runInProcess(
      Policy policy, StoresFactory stores, ProgressListener progress) {
    return runInProcess(policy, stores, PidGains.DEFAULTS, (engine, pacer, clock) -> progress);
  }

  /** Builds the progress listener of one in-process run from that run's engine and pacer. */
  @FunctionalInterface
  interface RunObserver {
    ProgressListener attach(Engine engine, Pacer pacer, SimClock clock);
  }

  /**
   * Runs {@code policy} in its own in-process engine whose decisions pace EVEN campaigns with
   * {@code gains}; {@code observer} sees the engine and the pacer before the traffic starts.
   */
  PolicyRun.Result runInProcess(
      Policy policy, StoresFactory stores, PidGains gains, RunObserver observer) {
    SimClock clock = new SimClock(world.config().start());
    EngineConfig config = EngineConfig.defaults(secret("pseudonym"), secret("tracking"), clock);
    // The engine closes first: its background sweeper must stop before the stores do.
    try (StoresFactory.OpenStores open = stores.open(clock);
        ImpressionSink sink = sink(policy);
        Engine engine =
            new Engine(
                open.stores(),
                config,
                null,
                EngineOptions.defaults()
                    .withEmbedder(
                        policy == Policy.ENGINE || policy == Policy.FULL ? embedder : null)
                    .withCreatives(creatives)
                    .withModels(learns(policy) ? models : null))) {
      GroundTruth truth = groundTruth(policy);
      DecisionPipeline chosen = policy.pipeline(engine, truth, options.seed());
      RecordingRanker recorder = new RecordingRanker(learnedOrStandard(policy, engine, chosen));
      Pacer pacer = new Pacer(engine.deliveries(), gains, DeliveryOptions.DEFAULTS.seed());
      DecisionService decisions =
          new DecisionService(
              open.stores(),
              config,
              new DecisionStages(
                  engine.catalog(),
                  engine.deliveries(),
                  new DecisionPipeline(
                      chosen.retriever(), recorder, chosen.auction(), chosen.reserves()),
                  null,
                  engine.creatives()),
              pacer,
              DeliveryOptions.DEFAULTS);
      ProgressListener progress = observer.attach(engine, pacer, clock);
      AdminService admin =
          new AdminService(
              open.stores().campaigns(), clock, engine.catalog()::refresh, new Ids(idRandom()));
      try (EngineClient client = new InProcessEngineClient(engine, decisions, admin)) {
        WorldSetup.create(world, client, truth.ids(), policy.categoryExclusivePlacements());
        Pseudonymizer pseudonymizer = new Pseudonymizer(config.pseudonymKey());
        return new PolicyRun(
                new PolicyRun.Setup(
                    world,
                    options,
                    policy,
                    client,
                    clock,
                    truth,
                    recorder,
                    pseudonymizer,
                    sink,
                    progress))
            .run();
      }
    }
  }

  /** Whether {@code policy} ranks with the registry's champions when a registry is given. */
  private boolean learns(Policy policy) {
    return models != null && (policy == Policy.ENGINE || policy == Policy.FULL);
  }

  /** The champions' ranker over {@code chosen}'s (the fallback) when {@code policy} learns. */
  private Ranker learnedOrStandard(Policy policy, Engine engine, DecisionPipeline chosen) {
    if (!learns(policy)) {
      return chosen.ranker();
    }
    ChampionWatcher<ServingModel> ctr = engine.ctrModel().orElseThrow();
    if (ctr.current().isEmpty()) {
      throw new IllegalArgumentException(
          "the model registry has no ctr champion to rank with: " + models.resolve("ctr"));
    }
    return new ModelRanker(chosen.ranker(), ctr, engine.cvrModel().orElse(null));
  }

  private SimulationReport report(List<PolicyRun.Result> results, Duration elapsed) {
    int n = results.stream().mapToInt(r -> r.truth().length).sum();
    double[] p = new double[n];
    boolean[] y = new boolean[n];
    int i = 0;
    for (PolicyRun.Result r : results) {
      System.arraycopy(r.truth(), 0, p, i, r.truth().length);
      System.arraycopy(r.clicked(), 0, y, i, r.clicked().length);
      i += r.truth().length;
    }
    return new SimulationReport(
        options.seed(),
        options.world().users(),
        options.hours(),
        world.config().start(),
        results.stream().map(PolicyRun.Result::metrics).toList(),
        n == 0 ? Double.NaN : BinaryMetrics.auc(p, y),
        n == 0 ? Double.NaN : BinaryMetrics.logLoss(p, y),
        elapsed);
  }

  private ImpressionSink sink(Policy policy) {
    if (options.exportDir() == null) {
      return ImpressionSink.NONE;
    }
    try {
      return ImpressionLogs.writer(options.exportDir(), policy.wireName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the impression log in " + options.exportDir(), e);
    }
  }

  /** A 32-byte engine secret derived from the seed, so that runs are reproducible. */
  private byte[] secret(String purpose) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return sha.digest(
          ("aimpoint-sim:" + purpose + ":" + options.seed()).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * A generator for the engine's object ids that repeats from run to run: SHA1PRNG seeded before
   * its first use is deterministic (unlike the default, which mixes in system entropy).
   */
  private SecureRandom idRandom() {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(secret("ids"));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
    }
  }
}
