package io.aimpoint.engine.decision;

import java.util.List;

/**
 * The scoring stage: predicts pCTR and pCVR for each candidate (and so its eCPM). Implementations
 * score all candidates of one decision in one call so that models can batch; the order of the
 * result does not matter, the auction sorts.
 */
public interface Ranker {
  List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates);
}
