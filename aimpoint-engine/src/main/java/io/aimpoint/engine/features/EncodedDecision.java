package io.aimpoint.engine.features;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.ScoredCandidate;
import io.aimpoint.ml.data.Features;
import java.util.List;

/**
 * One decision's model inputs: the candidates, their raw snapshots, the request side's features
 * (encoded once; models compute the user side once) and each candidate's own features (its fields
 * and the crosses involving it), all in the candidates' order. A candidate's full row is the
 * request's features followed by its own ({@link #row}).
 */
public record EncodedDecision(
    List<AdCandidate> candidates,
    DecisionFeatures snapshots,
    Features requestFeatures,
    List<Features> candidateFeatures) {
  public EncodedDecision {
    candidates = List.copyOf(candidates);
    candidateFeatures = List.copyOf(candidateFeatures);
    if (candidateFeatures.size() != candidates.size()
        || snapshots.candidates().size() != candidates.size()) {
      throw new IllegalArgumentException(
          "one row and one snapshot per candidate; candidates=" + candidates.size());
    }
  }

  public int size() {
    return candidates.size();
  }

  /** Candidate {@code i}'s full row: the request's features, then its own. */
  public Features row(int i) {
    return Features.concat(requestFeatures, candidateFeatures.get(i));
  }

  /** Candidate {@code i} scored with {@code pCtr} and {@code pCvr}, carrying its snapshots. */
  public ScoredCandidate scored(int i, double pCtr, double pCvr) {
    return ScoredCandidate.of(candidates.get(i), pCtr, pCvr)
        .withFeatures(snapshots.request(), snapshots.candidates().get(i));
  }
}
