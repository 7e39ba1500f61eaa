package io.aimpoint.engine.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.DecisionPipeline;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.DecisionStages;
import io.aimpoint.engine.decision.DeliveryOptions;
import io.aimpoint.engine.decision.Pacer;
import io.aimpoint.ml.data.LoggedImpression;
import io.aimpoint.ml.data.LoggedImpressions;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.ModelKind;
import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.registry.PromotionGate;
import io.aimpoint.ml.registry.PromotionRecord;
import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models trained on the engine's own logged snapshots are promoted in the registry and swapped into
 * serving while deciders run: no decision fails, each decision ranks by exactly one model, and
 * ranking follows the champion (and a rollback).
 */
class ModelServingTest {
  @TempDir Path dir;

  final DecisionFixture f = new DecisionFixture();

  /**
   * Two equal CPC campaigns; only the models can tell them apart. Their budgets are unlimited in
   * effect: the clock stands still, so every served ad's click hold stays, and a budget running out
   * would decide the ranking instead of the models.
   */
  ModelServingTest() {
    f.advertiser("a");
    f.advertiser("b");
    for (String[] c : new String[][] {{"a", "alpha"}, {"b", "beta"}}) {
      f.campaign(
          c[0],
          c[1],
          new Bid(BidType.CPC, 500_000),
          new Budget(null, Budget.MAX_MICROS),
          null,
          Targeting.everyone());
    }
    f.start();
  }

  @Test
  void cold_start_ranks_like_the_baseline_then_hot_swaps_follow_the_champion() throws Exception {
    ModelRegistry registry = new ModelRegistry(dir.resolve("registry"), "ctr", f.clock);
    ChampionWatcher<ServingModel> ctr = new ChampionWatcher<>(registry, ServingModel::of);
    DecisionPipeline standard =
        DecisionPipeline.standard(f.catalog, f.deliveries, DeliveryOptions.DEFAULTS.withSeed(3));
    ModelRanker ranker = new ModelRanker(standard.ranker(), ctr, null);
    DecisionService decisions =
        new DecisionService(
            f.stores,
            f.config,
            new DecisionStages(
                f.catalog,
                f.deliveries,
                new DecisionPipeline(
                    standard.retriever(), ranker, standard.auction(), standard.reserves())),
            new Pacer(f.deliveries, DeliveryOptions.DEFAULTS.pacing(), 1),
            DeliveryOptions.DEFAULTS);

    // Cold: no champion, the baseline ranks (both campaigns are new, so they tie) and logs
    // snapshots that the first model trains on.
    for (int i = 0; i < 300; i++) {
      decide(decisions, "user-" + i);
    }
    assertThat(ctr.current()).isEmpty();
    Path alphaWins = trainingFile("alpha-clicked.jsonl.gz", ad -> ad.campaignId().equals("alpha"));
    Path betaWins = trainingFile("beta-clicked.jsonl.gz", ad -> ad.campaignId().equals("beta"));
    int v1 = train(registry, alphaWins);
    int v2 = train(registry, betaWins);

    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong decided = new AtomicLong();
    Map<Throwable, Boolean> failures = new ConcurrentHashMap<>();
    ExecutorService deciders = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      running.add(
          deciders.submit(
              () -> {
                int n = 0;
                while (!stop.get()) {
                  try {
                    DecisionResult r = decide(decisions, "load-" + thread + "-" + n++);
                    if (r.ads().isEmpty()) {
                      throw new AssertionError("a decision served nothing");
                    }
                    decided.incrementAndGet();
                  } catch (Throwable e) {
                    failures.put(e, true);
                  }
                }
              }));
    }
    try {
      PromotionRecord first = registry.promote(v1, PromotionGate.defaults(), data(alphaWins), null);
      assertThat(first.accepted()).isTrue();
      assertThat(ctr.refresh()).isTrue();
      assertThat(shareWon(decisions, "alpha")).isGreaterThan(0.85);

      PromotionRecord second = registry.promote(v2, PromotionGate.defaults(), data(betaWins), null);
      assertThat(second.accepted()).as(second.reason()).isTrue();
      assertThat(ctr.refresh()).isTrue();
      assertThat(ctr.current().orElseThrow().version()).isEqualTo(v2);
      assertThat(shareWon(decisions, "beta")).isGreaterThan(0.85);

      assertThat(registry.rollback()).contains(v1);
      assertThat(ctr.refresh()).isTrue();
      assertThat(shareWon(decisions, "alpha")).isGreaterThan(0.85);
    } finally {
      stop.set(true);
      for (Future<?> r : running) {
        r.get(30, TimeUnit.SECONDS);
      }
      deciders.shutdown();
    }
    assertThat(failures.keySet()).isEmpty();
    assertThat(decided.get()).isPositive();
    assertThat(ctr.failedLoads()).isZero();
  }

  @Test
  void a_champion_that_cannot_be_served_leaves_the_previous_one_serving() throws Exception {
    ModelRegistry registry = new ModelRegistry(dir.resolve("registry"), "ctr", f.clock);
    DecisionService decisions = new DecisionService(f.stores, f.config, f.catalog, f.deliveries);
    for (int i = 0; i < 300; i++) {
      decide(decisions, "user-" + i);
    }
    int good =
        train(registry, trainingFile("alpha.jsonl.gz", ad -> ad.campaignId().equals("alpha")));
    AtomicBoolean reject = new AtomicBoolean();
    ChampionWatcher<ServingModel> ctr =
        new ChampionWatcher<>(
            registry,
            m -> {
              if (reject.get()) {
                throw new IllegalStateException("planted: cannot prepare this model");
              }
              return ServingModel.of(m);
            });
    Path data = trainingFile("beta.jsonl.gz", ad -> ad.campaignId().equals("beta"));
    registry.promote(good, PromotionGate.defaults(), data(data), null);
    assertThat(ctr.refresh()).isTrue();

    int bad = train(registry, data);
    PromotionRecord promoted = registry.promote(bad, PromotionGate.defaults(), data(data), null);
    assertThat(promoted.accepted()).as(promoted.reason()).isTrue();
    reject.set(true);

    assertThat(ctr.refresh()).isFalse();
    assertThat(ctr.current().orElseThrow().version()).isEqualTo(good);
    assertThat(ctr.failedLoads()).isEqualTo(1);
  }

  private static DecisionResult decide(DecisionService decisions, String user) {
    return decisions.decide(
        new AdRequest(
            "home-top",
            new AdRequest.User(user, 30, null, null, null, true),
            new AdRequest.Context("https://news.example.com/a", null, List.of(), null, "en"),
            1));
  }

  /**
   * The share of 100 fresh decisions that {@code campaignId} won: all but the exploring ones
   * (epsilon-greedy shows the other campaign about 2.5% of the time) when the model prefers it.
   */
  private static double shareWon(DecisionService decisions, String campaignId) {
    int won = 0;
    for (int i = 0; i < 100; i++) {
      for (var ad : decide(decisions, "probe-" + i).ads()) {
        won += ad.campaignId().equals(campaignId) ? 1 : 0;
      }
    }
    return won / 100.0;
  }

  /**
   * The logged decisions so far as training lines, every served ad impressed and clicked when
   * {@code clicked} says so: the planted truth a model must learn from the logged snapshots.
   */
  private Path trainingFile(String name, Predicate<ServedAd> clicked) throws IOException {
    Path file = dir.resolve(name);
    try (LoggedImpressions.Writer out = LoggedImpressions.writer(file)) {
      long offset = 0;
      List<LoggedEvent> batch;
      while (!(batch = f.stores.events().read(offset, 500)).isEmpty()) {
        for (LoggedEvent e : batch) {
          offset = e.offset() + 1;
          if (e.event() instanceof DecisionMade d && d.hasFeatureSnapshots()) {
            for (int i = 0; i < d.ads().size(); i++) {
              out.write(LoggedImpression.of(d, i, clicked.test(d.ads().get(i)), false));
            }
          }
        }
      }
    }
    return file;
  }

  /** Trains FTRL on {@code file} and registers it; returns its version. */
  private int train(ModelRegistry registry, Path file) throws IOException {
    FeatureSpec spec = FeatureSpec.defaults(io.aimpoint.ml.registry.DataFormat.LOGS, 20, null);
    TrainerOptions options = TrainerOptions.defaults(ModelKind.FTRL).withEpochs(3);
    Path out = dir.resolve("model-" + System.nanoTime());
    new Trainer(options, f.clock, TrainingListener.NONE)
        .train(TrainingInput.of(data(file), spec))
        .write(out);
    return registry.register(out).version();
  }

  private static DataFile data(Path file) {
    return new DataFile(file);
  }
}
