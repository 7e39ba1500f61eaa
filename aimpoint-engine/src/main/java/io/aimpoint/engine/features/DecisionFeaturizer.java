package io.aimpoint.engine.features;

import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.feature.SnapshotEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a model-based ranker calls once per decision: extracts the snapshots ({@link
 * FeatureExtractor}) and encodes them with the model's spec ({@link SnapshotEncoder}), the request
 * side once for all candidates. The result keeps the snapshots, so the ranker can hand them to the
 * decision log with its scores ({@link EncodedDecision#scored}). Thread-safe.
 */
public final class DecisionFeaturizer {
  private final FeatureExtractor extractor;
  private final SnapshotEncoder encoder;

  public DecisionFeaturizer(FeatureExtractor extractor, SnapshotEncoder encoder) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  public SnapshotEncoder encoder() {
    return encoder;
  }

  /** The features of every candidate of a decision taken at {@code at}. */
  public EncodedDecision featurize(
      DecisionContext context, List<AdCandidate> candidates, Instant at) {
    FeatureExtractor.Request request = extractor.request(context, at);
    SnapshotEncoder.Request encoded = encoder.request(request.snapshot());
    List<FeatureSnapshot> snapshots = new ArrayList<>(candidates.size());
    List<Features> own = new ArrayList<>(candidates.size());
    for (AdCandidate c : candidates) {
      FeatureSnapshot s = extractor.candidate(request, c);
      snapshots.add(s);
      own.add(encoder.encodeCandidate(encoded, s));
    }
    return new EncodedDecision(
        candidates, new DecisionFeatures(request.snapshot(), snapshots), encoded.features(), own);
  }
}
