package io.aimpoint.sim.policy;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.Ranker;
import io.aimpoint.engine.decision.ScoredCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores each candidate with its true probabilities: pCTR as if in the top slot (the click model's
 * examination factor is the same for every ad in a slot, so the top-slot value orders them right)
 * with the user's current exposures to the campaign, and pCVR from the conversion model. With the
 * engine's auction this ranks by true eCPM: CPM bid, CPC bid x p(click), CPA bid x p(click) x
 * p(conversion | click), under the same eligibility, budgets, caps and floor as the engine.
 */
public final class OracleRanker implements Ranker {
  private final GroundTruth truth;

  public OracleRanker(GroundTruth truth) {
    this.truth = Objects.requireNonNull(truth, "truth");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    GroundTruth.Request request =
        truth
            .current(context.userKey())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the oracle has no open request for user key " + context.userKey()));
    List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
    for (AdCandidate c : candidates) {
      String creativeId = c.creative().id();
      double pCtr =
          truth.clickProbability(
              request.user(), request.opportunity(), c.campaign().id(), creativeId, 0);
      double pCvr =
          truth.conversionProbability(request.user(), creativeId, request.opportunity().at());
      scored.add(ScoredCandidate.of(c, pCtr, pCvr));
    }
    return scored;
  }
}
