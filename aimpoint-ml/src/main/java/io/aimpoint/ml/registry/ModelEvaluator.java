package io.aimpoint.ml.registry;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.LogsReader;
import io.aimpoint.ml.eval.PredictionLog;
import io.aimpoint.ml.model.CtrModel;
import java.io.IOException;

/** Evaluates a model on a data file read with the model's own feature spec. */
public final class ModelEvaluator {
  private ModelEvaluator() {}

  /**
   * Evaluates {@code model} on the examples of {@code data} in {@code split}, or on all of them
   * when {@code split} is null, read for the model's own task (a CVR model sees the clicked rows
   * labelled by conversion). Bad lines are skipped and reported, never fatal.
   */
  public static EvaluationReport evaluate(TrainedModel model, DataFile data, HashSplit split)
      throws IOException {
    Manifest manifest = model.manifest();
    return evaluate(model, manifest.features(), data.withTask(manifest.task()), split);
  }

  /**
   * Like {@link #evaluate(TrainedModel, DataFile, HashSplit)} for any model and spec, reading
   * {@code data} for its own {@link DataFile#task()}.
   */
  public static EvaluationReport evaluate(
      CtrModel model, FeatureSpec spec, DataFile data, HashSplit split) throws IOException {
    PredictionLog predictions = new PredictionLog();
    PredictionLog truth = new PredictionLog();
    boolean allTruth = true;
    DataFile.Opened opened = data.open(spec);
    try (var reader = opened.reader()) {
      LogsReader logs = reader instanceof LogsReader l ? l : null;
      for (long index = 0; reader.hasNext(); index++) {
        Example e = reader.next();
        if (split != null && !split.contains(index)) {
          continue;
        }
        predictions.add(model.predict(e), e.label(), e.group());
        double p = logs == null ? Double.NaN : logs.truePCtr(e);
        allTruth &= !Double.isNaN(p);
        if (allTruth) {
          truth.add(p, e.label(), e.group());
        }
      }
      boolean bayes = allTruth && predictions.size() > 0;
      return new EvaluationReport(
          predictions.evaluate(), bayes ? truth.evaluate() : null, reader.report(), predictions);
    }
  }
}
