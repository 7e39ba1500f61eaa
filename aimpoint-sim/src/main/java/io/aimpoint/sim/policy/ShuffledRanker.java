package io.aimpoint.sim.policy;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.decision.ScoredCandidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The random policy's ranker: scores with a delegate (the engine's estimates, which the floor test
 * and the reserve price in the bid's unit need) and returns the candidates in a uniformly random
 * order, for {@link FloorPriceAuction} to take as it comes.
 *
 * <p>The candidates are first put into an order that does not depend on the engine's random ids
 * ({@code stableKey}, e.g. the simulator's creative key), so that a seeded generator gives the same
 * shuffle in every run.
 */
public final class ShuffledRanker implements Ranker {
  private final Ranker delegate;
  private final RandomGenerator random;
  private final Function<String, String> stableKey;

  /**
   * @param stableKey maps an engine creative id to a key that is the same in every run
   */
  public ShuffledRanker(
      Ranker delegate, RandomGenerator random, Function<String, String> stableKey) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.random = Objects.requireNonNull(random, "random");
    this.stableKey = Objects.requireNonNull(stableKey, "stableKey");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    List<ScoredCandidate> scored = new ArrayList<>(delegate.score(context, candidates));
    scored.sort(Comparator.comparing(s -> stableKey.apply(s.candidate().creative().id())));
    Collections.shuffle(scored, random);
    return scored;
  }
}
