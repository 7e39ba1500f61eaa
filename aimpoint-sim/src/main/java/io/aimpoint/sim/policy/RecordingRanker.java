package io.aimpoint.sim.policy;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.decision.ScoredCandidate;
import io.aimpoint.engine.features.FeatureExtractor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Passes scoring through to a delegate and remembers the pCTR it gave each creative in the latest
 * decision, so that the runner can score the policy's predicted CTRs on the impressions it served
 * (the same values the engine logs in its {@code ServedAd}s). Decisions are made one at a time.
 *
 * <p>It also gives the runner the feature snapshots the engine logged for a served ad ({@link
 * #scored}): the delegate's when it scored with features, else extracted here from the same context
 * and candidate as the decision service extracts them (the extractor is deterministic), and only
 * for the ads asked about, so a run pays for the served ads only.
 */
public final class RecordingRanker implements Ranker {
  private final Ranker delegate;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private String decisionId;
  private DecisionContext context;
  private FeatureExtractor.Request request;
  private final Map<String, Double> pCtrByCreative = new HashMap<>();
  private final Map<String, ScoredCandidate> scoredByCreative = new HashMap<>();

  public RecordingRanker(Ranker delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    List<ScoredCandidate> scored = delegate.score(context, candidates);
    decisionId = context.decisionId();
    this.context = context;
    this.request = null;
    pCtrByCreative.clear();
    scoredByCreative.clear();
    for (ScoredCandidate s : scored) {
      pCtrByCreative.put(s.candidate().creative().id(), s.pCtr());
      scoredByCreative.put(s.candidate().creative().id(), s);
    }
    return scored;
  }

  /**
   * How {@code creativeId} was scored in decision {@code decision}, with the feature snapshots the
   * engine logged for it; null if not recorded.
   */
  public ScoredCandidate scored(String decision, String creativeId) {
    ScoredCandidate s =
        Objects.equals(decision, decisionId) ? scoredByCreative.get(creativeId) : null;
    if (s == null || s.hasFeatures()) {
      return s;
    }
    // As DecisionService.loggedFeatures: the decision time is the targeting request's.
    request = request != null ? request : extractor.request(context, context.targeting().at());
    return s.withFeatures(request.snapshot(), extractor.candidate(request, s.candidate()));
  }

  /** The pCTR given to {@code creativeId} in decision {@code decision}; NaN if not recorded. */
  public double pCtr(String decision, String creativeId) {
    if (!Objects.equals(decision, decisionId)) {
      return Double.NaN;
    }
    return pCtrByCreative.getOrDefault(creativeId, Double.NaN);
  }
}
