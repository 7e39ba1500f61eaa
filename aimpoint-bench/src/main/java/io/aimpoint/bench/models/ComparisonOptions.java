package io.aimpoint.bench.models;

import io.aimpoint.ml.registry.ModelKind;
import java.util.List;
import java.util.Locale;

/**
 * How to compare.
 *
 * @param models model names, in the order to run: {@link ModelKind} ids and {@value
 *     ModelComparison#XGBOOST}
 * @param epochs epochs of the online models (they stop early on validation AUC)
 * @param seed seeds every model
 * @param scoringBatch candidates per timed scoring call
 * @param xgboost the peer's options (its seed is replaced by {@code seed})
 */
public record ComparisonOptions(
    List<String> models, int epochs, long seed, int scoringBatch, XgboostPeer.Options xgboost) {

  public ComparisonOptions {
    if (models == null || models.isEmpty()) {
      throw new IllegalArgumentException("at least one model is required; models=" + models);
    }
    models = models.stream().map(m -> m.strip().toLowerCase(Locale.ROOT)).toList();
    for (String m : models) {
      if (!m.equals(ModelComparison.XGBOOST)) {
        try {
          ModelKind.parse(m);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown model; model=" + m + ", known: " + ModelComparison.allModels(), e);
        }
      }
    }
    if (models.stream().distinct().count() != models.size()) {
      throw new IllegalArgumentException("models must not repeat; models=" + models);
    }
    if (epochs < 1 || scoringBatch < 1) {
      throw new IllegalArgumentException(
          "epochs and scoringBatch must be positive; epochs="
              + epochs
              + ", scoringBatch="
              + scoringBatch);
    }
    if (xgboost == null) {
      throw new IllegalArgumentException("xgboost options are required");
    }
    xgboost = xgboost.withSeed(seed);
  }

  /** All models, {@code epochs} epochs, seed 42, batches of 200, XGBoost's defaults. */
  public static ComparisonOptions defaults(int epochs) {
    return new ComparisonOptions(
        ModelComparison.allModels(), epochs, 42, 200, XgboostPeer.Options.defaults());
  }
}
