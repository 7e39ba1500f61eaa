package io.aimpoint.sim.policy;

import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.decision.DecisionPipeline;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A serving policy, as the stages of the engine's decision pipeline it runs. Every policy keeps the
 * engine's retriever (status, schedule, targeting), its budget and frequency-cap filters, its
 * reserve prices and the ledger's atomic budget cap; only ranking (and for {@code random} the order
 * of the auction) differs.
 */
public enum Policy {
  /** Uniform order among the eligible candidates, each winner paying the reserve price. */
  RANDOM,
  /** Whatever the engine does: its standard pipeline. */
  ENGINE,
  /** Ranks by the true click and conversion probabilities; the engine's auction prices. */
  ORACLE;

  /** The name used on the command line and in reports: {@code random}, {@code engine}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The policy named {@code name} (case-insensitive). */
  public static Policy parse(String name) {
    for (Policy p : values()) {
      if (p.wireName().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown policy (expected random, engine or oracle): " + name);
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
