package io.aimpoint.ml.registry;

import io.aimpoint.ml.data.ReadReport;
import io.aimpoint.ml.eval.Evaluation;
import io.aimpoint.ml.eval.PredictionLog;
import java.util.Optional;

/**
 * A model's evaluation on a data file.
 *
 * @param model the model's metrics
 * @param bayesOptimal the metrics of the true click probabilities, when every example had one (the
 *     simulator's logs): the ceiling of any model on this data; null otherwise
 * @param read what the reader saw, bad lines included
 * @param predictions the model's predictions, for plots
 */
public record EvaluationReport(
    Evaluation model, Evaluation bayesOptimal, ReadReport read, PredictionLog predictions) {

  public Optional<Evaluation> bayesOptimalIfKnown() {
    return Optional.ofNullable(bayesOptimal);
  }
}
