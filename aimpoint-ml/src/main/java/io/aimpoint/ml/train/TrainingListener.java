package io.aimpoint.ml.train;

import io.aimpoint.ml.eval.Evaluation;
import java.time.Duration;

/** Receives a training run's progress; called on the training thread. */
public interface TrainingListener {
  /** Ignores everything. */
  TrainingListener NONE = new TrainingListener() {};

  /** Called about every {@link Trainer#REPORT_INTERVAL} and at each epoch's end. */
  default void progress(Progress progress) {}

  /** Called after each validation. */
  default void validated(Validation validation) {}

  /**
   * Where a run stands.
   *
   * @param epoch the current epoch, 1-based
   * @param epochs the epochs planned
   * @param examples training examples seen so far, all epochs
   * @param examplesPerSecond training throughput so far; NaN before any time has passed
   * @param runningLogLoss progressive log-loss of this epoch so far (each example predicted before
   *     the model learnt from it)
   * @param fractionDone share of the planned work done, by bytes read; NaN if unknown
   * @param eta the time left at the current pace if all epochs run; null if unknown
   */
  record Progress(
      int epoch,
      int epochs,
      long examples,
      double examplesPerSecond,
      double runningLogLoss,
      double fractionDone,
      Duration eta) {}

  /**
   * One validation.
   *
   * @param epoch the epoch it happened in
   * @param examples training examples seen before it
   * @param evaluation the raw model on the validation data
   * @param improved whether its AUC was the best so far
   */
  record Validation(int epoch, long examples, Evaluation evaluation, boolean improved) {}
}
