package io.aimpoint.ml.train;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.eval.Evaluation;
import io.aimpoint.ml.eval.PredictionLog;
import io.aimpoint.ml.model.CtrModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The validation examples, held in memory so that validating often costs no re-reading or
 * re-parsing. Either read in full from a validation file before training, or collected from the
 * training file's hold-out during the first epoch ({@link #complete()} says when it is whole).
 */
final class ValidationSet {
  private final List<Example> examples = new ArrayList<>();
  private final String source;
  private boolean complete;

  ValidationSet(String source) {
    this.source = source;
  }

  void add(Example e) {
    examples.add(e);
  }

  void markComplete() {
    complete = true;
  }

  boolean complete() {
    return complete;
  }

  int size() {
    return examples.size();
  }

  String source() {
    return source;
  }

  /** The model's raw predictions, with labels and groups. */
  PredictionLog predict(CtrModel model) {
    PredictionLog log = new PredictionLog();
    for (Example e : examples) {
      log.add(model.predict(e), e.label(), e.group());
    }
    return log;
  }

  Evaluation evaluate(CtrModel model) {
    return predict(model).evaluate();
  }
}
