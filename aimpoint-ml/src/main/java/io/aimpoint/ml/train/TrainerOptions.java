package io.aimpoint.ml.train;

import io.aimpoint.ml.deep.DeepOptions;
import io.aimpoint.ml.model.FmOptions;
import io.aimpoint.ml.model.FtrlOptions;
import io.aimpoint.ml.registry.CalibrationSpec;
import io.aimpoint.ml.registry.ModelKind;

/**
 * How to train.
 *
 * @param kind the model family
 * @param epochs passes over the training file, at least 1
 * @param patience validations without an AUC improvement before training stops, at least 1
 * @param validateEvery also validate after this many training examples (0: at epoch ends only);
 *     before the hold-out has been read in full (first epoch without a validation file) only at the
 *     epoch's end
 * @param calibration how to calibrate on the validation data after training
 * @param seed seeds the FM's initial factors; training reads data in file order, so the same seed
 *     and data give the same model
 * @param holdoutFraction share of the training file held out for validation when there is no
 *     validation file
 * @param ftrl FTRL options (its {@code bits} are replaced by the feature spec's)
 * @param fm FM options (its {@code bits} and seed are replaced)
 * @param deep DeepFM / DCN-V2 options (its architecture comes from {@code kind}, its seed from
 *     {@code seed})
 */
public record TrainerOptions(
    ModelKind kind,
    int epochs,
    int patience,
    long validateEvery,
    CalibrationSpec.Method calibration,
    long seed,
    double holdoutFraction,
    FtrlOptions ftrl,
    FmOptions fm,
    DeepOptions deep) {

  public TrainerOptions {
    if (kind == null || calibration == null || ftrl == null || fm == null || deep == null) {
      throw new IllegalArgumentException("kind, calibration, ftrl, fm and deep must not be null");
    }
    if (epochs < 1 || patience < 1 || validateEvery < 0) {
      throw new IllegalArgumentException(
          "need epochs >= 1, patience >= 1, validateEvery >= 0; epochs="
              + epochs
              + ", patience="
              + patience
              + ", validateEvery="
              + validateEvery);
    }
    if (!(holdoutFraction > 0 && holdoutFraction < 1)) {
      throw new IllegalArgumentException(
          "holdoutFraction must be in (0, 1); holdoutFraction=" + holdoutFraction);
    }
  }

  /** Options with the default deep-model options. */
  public TrainerOptions(
      ModelKind kind,
      int epochs,
      int patience,
      long validateEvery,
      CalibrationSpec.Method calibration,
      long seed,
      double holdoutFraction,
      FtrlOptions ftrl,
      FmOptions fm) {
    this(
        kind,
        epochs,
        patience,
        validateEvery,
        calibration,
        seed,
        holdoutFraction,
        ftrl,
        fm,
        DeepOptions.defaults());
  }

  /**
   * One epoch, patience 2, validation at epoch ends, Platt calibration, seed 42, 10% hold-out, the
   * models' default hyper-parameters.
   */
  public static TrainerOptions defaults(ModelKind kind) {
    return new TrainerOptions(
        kind,
        1,
        2,
        0,
        CalibrationSpec.Method.PLATT,
        42,
        0.1,
        FtrlOptions.defaults(),
        FmOptions.defaults());
  }

  public TrainerOptions withEpochs(int newEpochs) {
    return new TrainerOptions(
        kind,
        newEpochs,
        patience,
        validateEvery,
        calibration,
        seed,
        holdoutFraction,
        ftrl,
        fm,
        deep);
  }

  public TrainerOptions withPatience(int newPatience) {
    return new TrainerOptions(
        kind,
        epochs,
        newPatience,
        validateEvery,
        calibration,
        seed,
        holdoutFraction,
        ftrl,
        fm,
        deep);
  }

  public TrainerOptions withValidateEvery(long examples) {
    return new TrainerOptions(
        kind, epochs, patience, examples, calibration, seed, holdoutFraction, ftrl, fm, deep);
  }

  public TrainerOptions withCalibration(CalibrationSpec.Method method) {
    return new TrainerOptions(
        kind, epochs, patience, validateEvery, method, seed, holdoutFraction, ftrl, fm, deep);
  }

  public TrainerOptions withSeed(long newSeed) {
    return new TrainerOptions(
        kind,
        epochs,
        patience,
        validateEvery,
        calibration,
        newSeed,
        holdoutFraction,
        ftrl,
        fm,
        deep);
  }

  public TrainerOptions withFtrl(FtrlOptions newFtrl) {
    return new TrainerOptions(
        kind,
        epochs,
        patience,
        validateEvery,
        calibration,
        seed,
        holdoutFraction,
        newFtrl,
        fm,
        deep);
  }

  public TrainerOptions withFm(FmOptions newFm) {
    return new TrainerOptions(
        kind,
        epochs,
        patience,
        validateEvery,
        calibration,
        seed,
        holdoutFraction,
        ftrl,
        newFm,
        deep);
  }

  public TrainerOptions withDeep(DeepOptions newDeep) {
    return new TrainerOptions(
        kind,
        epochs,
        patience,
        validateEvery,
        calibration,
        seed,
        holdoutFraction,
        ftrl,
        fm,
        newDeep);
  }
}
