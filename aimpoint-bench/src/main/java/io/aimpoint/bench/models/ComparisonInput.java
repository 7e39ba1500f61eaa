package io.aimpoint.bench.models;

import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.HashSplit;

/**
 * The data every model of a comparison is trained, validated and tested on.
 *
 * <p>Without a test file, the test rows are the deterministic hash split {@code
 * HashSplit.test(testFraction)} of the training file, which no model trains or validates on;
 * without a validation file, every model validates on the training file's hash hold-out {@code
 * HashSplit.validation}, the trainer's own (10%), as {@code aimpoint train} does. Both splits hash
 * the example's position, so all models see exactly the same rows.
 *
 * @param train the training file (read for its task: CTR, or CVR on clicked rows)
 * @param valid the validation file, or null for the hold-out
 * @param test the test file, or null for the test split of {@code train}
 * @param testFraction share of {@code train} that is the test split when {@code test} is null
 * @param features how every model reads the data
 */
public record ComparisonInput(
    DataFile train, DataFile valid, DataFile test, double testFraction, FeatureSpec features) {

  public ComparisonInput {
    if (train == null || features == null) {
      throw new IllegalArgumentException("train and features are required");
    }
    if (test == null && !(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          "without a test file testFraction must be in (0, 1); testFraction=" + testFraction);
    }
    valid = valid == null ? null : valid.withTask(train.task());
    test = test == null ? null : test.withTask(train.task());
  }

  /** The test split of the training file, or null with a test file. */
  HashSplit testSplit() {
    return test == null ? HashSplit.test(testFraction) : null;
  }

  /** The validation hold-out of {@code holdoutFraction}, or null with a validation file. */
  HashSplit holdout(double holdoutFraction) {
    return valid == null ? HashSplit.validation(holdoutFraction) : null;
  }

  /** The file the test rows come from. */
  DataFile testFile() {
    return test == null ? train : test;
  }

  /** In words, for the report. */
  String describe() {
    return "train "
        + train.path()
        + (valid == null ? " (validation: hold-out)" : ", valid " + valid.path())
        + (test == null ? " (test: split " + testFraction + ")" : ", test " + test.path());
  }
}
