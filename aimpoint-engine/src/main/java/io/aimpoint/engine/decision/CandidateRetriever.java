package io.aimpoint.engine.decision;

import java.util.List;

/**
 * The first stage: finds the (campaign, creative) pairs that may serve to a request by status,
 * schedule and targeting. State-dependent checks (budget, frequency caps) come after it. Later
 * retrievers add vector search here.
 */
public interface CandidateRetriever {
  List<AdCandidate> retrieve(DecisionContext context);
}
