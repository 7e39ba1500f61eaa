package io.aimpoint.sim.policy;

import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.decision.DecisionPipeline;
import io.aimpoint.engine.decision.DeliveryOptions;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A serving policy, as the stages of the engine's decision pipeline it runs. Every policy keeps the
 * engine's retriever (status, schedule, targeting), its budget and frequency-cap filters, its floor
 * prices, pacing and the ledger's atomic budget cap; ranking, the auction's rules and the reserve
 * differ.
 */
public enum Policy {
  /** Uniform order among the eligible candidates, each winner paying the reserve price. */
  RANDOM,
  /**
   * The engine's standard pipeline with {@link DeliveryOptions#DEFAULTS}: smoothed historical CTR,
   * GSP at the placement floor, exploration.
   */
  ENGINE,
  /** {@link #ENGINE} with the learned reserve: what the reserve adds, alone. */
  ENGINE_RESERVE,
  /**
   * The standard pipeline with every delivery option on: fatigue-aware ranking, learned reserve,
   * exploration, category-exclusive placements (and contextual relevance when the engine has an
   * embedder, ranking by the model champion when it has a registry).
   */
  FULL,
  /** Ranks by the true click and conversion probabilities; the engine's auction prices. */
  ORACLE;

  /** Every option of the full engine policy. */
  public static final DeliveryOptions FULL_OPTIONS =
      DeliveryOptions.DEFAULTS.withFatigueAware(true).withLearnedReserve(true);

  /** Whether this policy's world configures its placements category-exclusive. */
  public boolean categoryExclusivePlacements() {
    return this == FULL;
  }

  /**
   * The name used on the command line and in reports: {@code random}, {@code engine}, {@code
   * engine-reserve}, ...
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The policy named {@code name} (case-insensitive). */
  public static Policy parse(String name) {
    for (Policy p : values()) {
      if (p.wireName().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown policy (expected one of "
            + Arrays.stream(values()).map(Policy::wireName).collect(Collectors.joining(", "))
            + "): "
            + name);
  }

  /**
   * This policy's pipeline over {@code engine}.
   *
   * @param truth what the oracle may know; the random policy uses its ids for a stable order
   * @param seed seeds the random policy's shuffles
   */
  public DecisionPipeline pipeline(Engine engine, GroundTruth truth, long seed) {
    DecisionPipeline standard = DecisionPipeline.standard(engine.catalog(), engine.deliveries());
    return switch (this) {
      case ENGINE -> standard;
      case ENGINE_RESERVE ->
          DecisionPipeline.standard(
              engine.catalog(),
              engine.deliveries(),
              DeliveryOptions.DEFAULTS.withLearnedReserve(true));
      case FULL -> DecisionPipeline.standard(engine.catalog(), engine.deliveries(), FULL_OPTIONS);
      case ORACLE ->
          new DecisionPipeline(
              standard.retriever(), new OracleRanker(truth), new GeneralizedSecondPriceAuction());
      case RANDOM ->
          new DecisionPipeline(
              standard.retriever(),
              new ShuffledRanker(
                  standard.ranker(),
                  new SplittableRandom(seed),
                  id -> truth.ids().creative(id).key()),
              new FloorPriceAuction());
    };
  }
}
