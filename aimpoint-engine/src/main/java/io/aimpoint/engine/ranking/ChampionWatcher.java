package io.aimpoint.engine.ranking;

import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.registry.TrainedModel;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the champion of one {@link ModelRegistry} name and swaps in a new champion without a
 * failed decision: {@link #refresh()} reads the champion pointer, loads and prepares a changed
 * champion aside (on the caller's thread, never on the decision path), and only then replaces the
 * served model with one atomic write. A decision reads {@link #current()} once and keeps that model
 * for all of its candidates, so it never mixes two models.
 *
 * <p>A champion that fails to load or prepare leaves the previous one serving (counted in {@link
 * #failedLoads()}); a rollback in the registry is just another pointer change and swaps back the
 * same way.
 *
 * @param <M> what serving needs of a model, prepared from the {@link TrainedModel} (for example the
 *     model together with the feature encoder of its spec)
 */
public final class ChampionWatcher<M> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChampionWatcher.class);

  private final ModelRegistry registry;
  private final Function<TrainedModel, M> prepare;
  private final AtomicReference<Served<M>> current = new AtomicReference<>();
  private final AtomicLong failedLoads = new AtomicLong();
  private ScheduledExecutorService executor;

  /** The served champion and its registry version. */
  public record Served<M>(int version, M model) {}

  /**
   * A watcher of {@code registry}'s champion; nothing is loaded until {@link #refresh()} or {@link
   * #start}.
   *
   * @param prepare turns a loaded model into what serving uses; it may throw to reject the model
   *     (for example a feature spec the engine cannot extract)
   */
  public ChampionWatcher(ModelRegistry registry, Function<TrainedModel, M> prepare) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.prepare = Objects.requireNonNull(prepare, "prepare");
  }

  /** The served champion, empty before the first champion was loaded. Cheap; never blocks. */
  public Optional<Served<M>> current() {
    return Optional.ofNullable(current.get());
  }

  /**
   * Loads the registry's champion if it differs from the served one and swaps it in; returns
   * whether the served model changed. With no champion in the registry the served model (if any)
   * stays: an operator removing the pointer file by hand should not blank serving.
   */
  public synchronized boolean refresh() {
    Optional<Integer> champion;
    try {
      champion = registry.champion();
    } catch (IOException | RuntimeException e) {
      failedLoads.incrementAndGet();
      log.warn("cannot read the champion pointer of model {}", registry.name(), e);
      return false;
    }
    Served<M> served = current.get();
    if (champion.isEmpty() || (served != null && served.version() == champion.get())) {
      return false;
    }
    int version = champion.get();
    try {
      M prepared = prepare.apply(registry.load(version));
      current.set(new Served<>(version, prepared));
      log.info(
          "model {}: now serving version {} (was {})",
          registry.name(),
          version,
          served == null ? "none" : served.version());
      return true;
    } catch (IOException | RuntimeException e) {
      failedLoads.incrementAndGet();
      log.warn(
          "model {}: cannot load champion version {}; still serving {}",
          registry.name(),
          version,
          served == null ? "none" : served.version(),
          e);
      return false;
    }
  }

  /** How many champion loads failed since start (the previous model kept serving each time). */
  public long failedLoads() {
    return failedLoads.get();
  }

  /** Refreshes now and then every {@code interval} on a daemon thread, until {@link #close()}. */
  public synchronized void start(Duration interval) {
    if (executor != null) {
      throw new IllegalStateException("already started");
    }
    refresh();
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "aimpoint-champion-" + registry.name());
              t.setDaemon(true);
              return t;
            });
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
