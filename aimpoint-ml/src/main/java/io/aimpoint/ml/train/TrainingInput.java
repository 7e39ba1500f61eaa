package io.aimpoint.ml.train;

import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.FeatureSpec;

/**
 * What to train on.
 *
 * @param train the training file, read for its {@link DataFile#task() task}
 * @param validation a validation file, or null to hold out part of the training file
 * @param features how to read both into features
 * @param testFraction share of the training file reserved as the test split ({@link
 *     io.aimpoint.ml.registry.HashSplit#test}) and never trained or validated on; 0 for none
 */
public record TrainingInput(
    DataFile train, DataFile validation, FeatureSpec features, double testFraction) {

  public TrainingInput {
    if (train == null || features == null) {
      throw new IllegalArgumentException("train and features must not be null");
    }
    if (!(testFraction >= 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          "testFraction must be in [0, 1); testFraction=" + testFraction);
    }
    // validation examples are examples of the same task: a CVR run validates on conversions
    validation = validation == null ? null : validation.withTask(train.task());
  }

  /** Trains on all of {@code train}, holding out a validation share. */
  public static TrainingInput of(DataFile train, FeatureSpec features) {
    return new TrainingInput(train, null, features, 0);
  }
}
