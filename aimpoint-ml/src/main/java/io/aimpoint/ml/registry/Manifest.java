package io.aimpoint.ml.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code manifest.json} of a model directory: what the model is, how to rebuild its features,
 * how to calibrate it, what it was trained on and how it did on validation data, and the promotion
 * decisions taken about it.
 *
 * @param formatVersion version of this manifest format ({@link #FORMAT_VERSION})
 * @param name the registry name ({@code ctr} by default); null before registration
 * @param version the registry version; null before registration
 * @param kind the model family
 * @param createdAt ISO-8601 instant the model was trained
 * @param seed the training seed
 * @param features how to rebuild the features
 * @param calibration the calibration fitted on the validation data
 * @param hyperparameters the model's options, for the record (model.bin holds them too)
 * @param training the training data and run
 * @param validation metrics on the validation data
 * @param promotions gate decisions about this model, oldest first
 * @param task what the model predicts; also its registry namespace ({@code ctr} when absent, as in
 *     manifests written before CVR models existed)
 */
public record Manifest(
    int formatVersion,
    String name,
    Integer version,
    ModelKind kind,
    String createdAt,
    long seed,
    FeatureSpec features,
    CalibrationSpec calibration,
    Map<String, Object> hyperparameters,
    TrainingData training,
    ValidationMetrics validation,
    List<PromotionRecord> promotions,
    ModelTask task) {

  /** The manifest format this code writes and reads. */
  public static final int FORMAT_VERSION = 1;

  public Manifest {
    // sorted, so that the same model writes the same manifest
    hyperparameters =
        hyperparameters == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
    promotions = promotions == null ? List.of() : List.copyOf(promotions);
    task = task == null ? ModelTask.CTR : task;
  }

  /** A CTR model's manifest. */
  public Manifest(
      int formatVersion,
      String name,
      Integer version,
      ModelKind kind,
      String createdAt,
      long seed,
      FeatureSpec features,
      CalibrationSpec calibration,
      Map<String, Object> hyperparameters,
      TrainingData training,
      ValidationMetrics validation,
      List<PromotionRecord> promotions) {
    this(
        formatVersion,
        name,
        version,
        kind,
        createdAt,
        seed,
        features,
        calibration,
        hyperparameters,
        training,
        validation,
        promotions,
        ModelTask.CTR);
  }

  /**
   * The training data and run.
   *
   * @param path the training file
   * @param rows examples trained on per epoch
   * @param badLines lines skipped as malformed per epoch
   * @param firstTime earliest logged time in the data (logs only), else null
   * @param lastTime latest logged time in the data (logs only), else null
   * @param epochs epochs run
   * @param stoppedEarly whether early stopping ended training
   * @param examplesPerSecond training throughput
   * @param testFraction share of the file excluded as the test split (0 if none)
   */
  public record TrainingData(
      String path,
      long rows,
      long badLines,
      String firstTime,
      String lastTime,
      int epochs,
      boolean stoppedEarly,
      double examplesPerSecond,
      double testFraction) {}

  /**
   * Metrics on the validation data, which also fitted the calibration (so the calibrated log-loss
   * and ECE are slightly optimistic; AUC is not affected by a monotone calibration).
   *
   * @param source the validation file, or the training file's hold-out
   * @param rows validation examples
   * @param auc AUC of the calibrated model
   * @param logloss log-loss of the calibrated model
   * @param ece ECE of the calibrated model
   * @param rawAuc AUC before calibration
   * @param rawLogloss log-loss before calibration
   */
  public record ValidationMetrics(
      String source,
      long rows,
      double auc,
      double logloss,
      double ece,
      double rawAuc,
      double rawLogloss) {}

  /** This manifest registered as {@code name}, {@code version}. */
  public Manifest registeredAs(String newName, int newVersion) {
    return new Manifest(
        formatVersion,
        newName,
        newVersion,
        kind,
        createdAt,
        seed,
        features,
        calibration,
        hyperparameters,
        training,
        validation,
        promotions,
        task);
  }

  /** This manifest for a model of {@code newTask}. */
  public Manifest withTask(ModelTask newTask) {
    return new Manifest(
        formatVersion,
        name,
        version,
        kind,
        createdAt,
        seed,
        features,
        calibration,
        hyperparameters,
        training,
        validation,
        promotions,
        newTask);
  }

  /** This manifest with one more promotion decision. */
  public Manifest withPromotion(PromotionRecord record) {
    List<PromotionRecord> all = new ArrayList<>(promotions);
    all.add(record);
    return new Manifest(
        formatVersion,
        name,
        version,
        kind,
        createdAt,
        seed,
        features,
        calibration,
        hyperparameters,
        training,
        validation,
        all,
        task);
  }
}
