package io.aimpoint.engine.ranking;

import io.aimpoint.engine.decision.AdCandidate;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.features.DecisionFeaturizer;
import io.aimpoint.engine.features.EncodedDecision;
import io.aimpoint.engine.features.FeatureExtractor;
import io.aimpoint.ml.registry.TrainedModel;
import java.util.List;
import java.util.Objects;

/**
 * A registry model made ready to serve: the calibrated model together with the featurizer of the
 * feature spec it was trained with, so that serving encodes exactly as its training data was
 * encoded. Immutable and thread-safe.
 */
public record ServingModel(TrainedModel model, DecisionFeaturizer featurizer) {
  public ServingModel {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(featurizer, "featurizer");
  }

  /**
   * Prepares a loaded model; throws if it was not trained on the engine's own logs (only those
   * carry a feature spec that serving can extract).
   */
  public static ServingModel of(TrainedModel model) {
    return new ServingModel(
        model,
        new DecisionFeaturizer(new FeatureExtractor(), model.manifest().features().encoder()));
  }

  /** Encodes the candidates of one decision with this model's spec. */
  public EncodedDecision featurize(DecisionContext context, List<AdCandidate> candidates) {
    return featurizer.featurize(context, candidates, context.targeting().at());
  }

  /**
   * The calibrated probability of each candidate of {@code encoded}, in its order; the request side
   * is handed to the model once ({@link io.aimpoint.ml.model.CtrModel#score}).
   */
  public double[] score(EncodedDecision encoded) {
    return model.score(encoded.requestFeatures(), encoded.candidateFeatures());
  }
}
