package io.aimpoint.engine.ranking;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.decision.ScoredCandidate;
import io.aimpoint.engine.features.EncodedDecision;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks by the champion models: pCTR from the CTR champion and, when one is served, pCVR from the
 * CVR champion (so that CPA bids rank by pCTR × pCVR), both calibrated. Until a CTR champion is
 * served (a cold start) it ranks exactly as {@code baseline} does; without a CVR champion pCVR is
 * the baseline's. Each decision reads each champion once, so a hot swap between two decisions never
 * mixes models within one.
 *
 * <p>The scored candidates carry the snapshots the CTR model was encoded from, which the decision
 * log records: the next model trains on exactly what this one saw.
 */
public final class ModelRanker implements Ranker {
  private final Ranker baseline;
  private final ChampionWatcher<ServingModel> ctr;
  private final ChampionWatcher<ServingModel> cvr;

  /**
   * @param baseline ranks when no CTR champion is served, and gives pCVR without a CVR champion
   * @param cvr the CVR champion, or null to take pCVR from the baseline
   */
  public ModelRanker(
      Ranker baseline, ChampionWatcher<ServingModel> ctr, ChampionWatcher<ServingModel> cvr) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.ctr = Objects.requireNonNull(ctr, "ctr");
    this.cvr = cvr;
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    Optional<ChampionWatcher.Served<ServingModel>> ctrModel = ctr.current();
    if (ctrModel.isEmpty() || candidates.isEmpty()) {
      return baseline.score(context, candidates);
    }
    EncodedDecision encoded = ctrModel.get().model().featurize(context, candidates);
    double[] pCtr = ctrModel.get().model().score(encoded);
    double[] pCvr = pCvr(context, candidates);
    List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      scored.add(encoded.scored(i, pCtr[i], pCvr[i]));
    }
    return scored;
  }

  /** The CVR champion's predictions, else the baseline's pCVR of each candidate. */
  private double[] pCvr(DecisionContext context, List<AdCandidate> candidates) {
    Optional<ChampionWatcher.Served<ServingModel>> cvrModel =
        cvr == null ? Optional.empty() : cvr.current();
    if (cvrModel.isPresent()) {
      ServingModel m = cvrModel.get().model();
      return m.score(m.featurize(context, candidates));
    }
    Map<AdCandidate, Double> byCandidate = new IdentityHashMap<>();
    for (ScoredCandidate s : baseline.score(context, candidates)) {
      byCandidate.put(s.candidate(), s.pCvr());
    }
    double[] out = new double[candidates.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = byCandidate.getOrDefault(candidates.get(i), 0.0);
    }
    return out;
  }
}
