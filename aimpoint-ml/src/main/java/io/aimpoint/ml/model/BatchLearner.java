package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Example;
import java.util.List;

/**
 * A model that learns from mini-batches (deep networks trained with a gradient-based optimizer).
 * Unlike an {@link OnlineLearner} it is not itself the served model: {@link #snapshot()} exports
 * the current weights as an immutable {@link CtrModel}. Learning is thread-confined. Holds native
 * resources: close it when training ends.
 */
public interface BatchLearner extends AutoCloseable {

  /** The mini-batch size the learner was configured with. */
  int batchSize();

  /**
   * Takes one optimizer step on {@code batch} and returns the probabilities it predicted for the
   * batch before the step (progressive validation, as {@link OnlineLearner#learn}).
   */
  double[] learn(List<Example> batch);

  /** The current weights as an immutable model, unaffected by later learning. */
  CtrModel snapshot();

  @Override
  void close();
}
