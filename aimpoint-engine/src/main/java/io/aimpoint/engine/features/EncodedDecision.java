package io.aimpoint.engine.features;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.ScoredCandidate;
import io.aimpoint.ml.data.Features;
import java.util.List;

/**
 * One decision's model inputs: the candidates, their raw snapshots, the request side's features
 * (for models that compute the user side once) and each candidate's full row (request, candidate
 * and cross features), all in the candidates' order.
 */
public record EncodedDecision(
    List<AdCandidate> candidates,
    DecisionFeatures snapshots,
    Features requestFeatures,
    List<Features> rows) {
  public EncodedDecision {
    candidates = List.copyOf(candidates);
    rows = List.copyOf(rows);
    if (rows.size() != candidates.size() || snapshots.candidates().size() != candidates.size()) {
      throw new IllegalArgumentException(
          "one row and one snapshot per candidate; candidates=" + candidates.size());
    }
  }

  public int size() {
    return candidates.size();
  }

  /** Candidate {@code i} scored with {@code pCtr} and {@code pCvr}, carrying its snapshots. */
  public ScoredCandidate scored(int i, double pCtr, double pCvr) {
    return ScoredCandidate.of(candidates.get(i), pCtr, pCvr)
        .withFeatures(snapshots.request(), snapshots.candidates().get(i));
  }
}
