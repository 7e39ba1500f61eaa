package io.aimpoint.sim.policy;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.decision.ScoredCandidate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Passes scoring through to a delegate and remembers the pCTR it gave each creative in the latest
 * decision, so that the runner can score the policy's predicted CTRs on the impressions it served
 * (the same values the engine logs in its {@code ServedAd}s). Decisions are made one at a time.
 */
public final class RecordingRanker implements Ranker {
  private final Ranker delegate;
  private String decisionId;
  private final Map<String, Double> pCtrByCreative = new HashMap<>();

  public RecordingRanker(Ranker delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    List<ScoredCandidate> scored = delegate.score(context, candidates);
    decisionId = context.decisionId();
    pCtrByCreative.clear();
    for (ScoredCandidate s : scored) {
      pCtrByCreative.put(s.candidate().creative().id(), s.pCtr());
    }
    return scored;
  }

  /** The pCTR given to {@code creativeId} in decision {@code decision}; NaN if not recorded. */
  public double pCtr(String decision, String creativeId) {
    if (!Objects.equals(decision, decisionId)) {
      return Double.NaN;
    }
    return pCtrByCreative.getOrDefault(creativeId, Double.NaN);
  }
}
