package io.aimpoint.ml.train;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.data.LogsReader;
import io.aimpoint.ml.data.ReadReport;
import io.aimpoint.ml.deep.DeepArchitecture;
import io.aimpoint.ml.deep.DeepOptions;
import io.aimpoint.ml.deep.DjlDeepLearner;
import io.aimpoint.ml.eval.Calibrator;
import io.aimpoint.ml.eval.Evaluation;
import io.aimpoint.ml.eval.IsotonicCalibrator;
import io.aimpoint.ml.eval.Metrics;
import io.aimpoint.ml.eval.PlattCalibrator;
import io.aimpoint.ml.eval.PredictionLog;
import io.aimpoint.ml.model.BatchLearner;
import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.model.FactorizationMachine;
import io.aimpoint.ml.model.FtrlProximal;
import io.aimpoint.ml.model.OnlineLearner;
import io.aimpoint.ml.registry.CalibrationSpec;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.HashSplit;
import io.aimpoint.ml.registry.Manifest;
import io.aimpoint.ml.registry.ModelKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains an FTRL-Proximal, factorization machine, DeepFM or DCN-V2 model over any input format.
 *
 * <p>The models learn online, one example at a time in file order, so a run is deterministic for a
 * seed and a file; several epochs re-open the file. Validation examples come from a validation file
 * or, without one, from a deterministic hash hold-out of the training file ({@link
 * HashSplit#validation}); a test share ({@link TrainingInput#testFraction()}) can be excluded from
 * both. The model is validated at each epoch's end (and every {@link
 * TrainerOptions#validateEvery()} examples once the validation set is complete); when validation
 * AUC has not improved for {@link TrainerOptions#patience()} validations training stops, and the
 * best model seen is kept (early stopping, restored from a snapshot). Finally a Platt or isotonic
 * calibration is fitted on the validation predictions.
 *
 * <p>Deep models ({@link BatchLearner}s: DeepFM, DCN-V2) take the same flow in mini-batches: the
 * examples pass through a seeded shuffle buffer of {@link MiniBatches#BUFFER_BATCHES} batches, each
 * batch is one optimizer step whose pre-step predictions give the progressive loss, and each
 * validation scores a snapshot of the weights, which early stopping keeps.
 */
public final class Trainer {
  /** How often progress is reported. */
  public static final Duration REPORT_INTERVAL = Duration.ofMillis(500);

  /** An AUC gain below this is no improvement (noise of floating-point sums). */
  static final double MIN_AUC_GAIN = 1e-6;

  private final TrainerOptions options;
  private final Clock clock;
  private final TrainingListener listener;

  /** A trainer using {@code clock} for throughput and timestamps. */
  public Trainer(TrainerOptions options, Clock clock, TrainingListener listener) {
    this.options = options;
    this.clock = clock;
    this.listener = listener;
  }

  /** Trains on {@code input}; bad lines are skipped and reported in the result. */
  public TrainingResult train(TrainingInput input) throws IOException {
    BatchLearner deep = newBatchLearner(input.features());
    Run run = new Run(input, deep == null ? newModel(input.features().bits()) : null, deep);
    try {
      ValidationSet validation = run.validation;
      if (input.validation() != null) {
        readValidation(input, validation);
      }
      for (int epoch = 1; epoch <= options.epochs() && !run.stopped; epoch++) {
        run.trainEpoch(epoch);
        if (!validation.complete()) {
          validation.markComplete();
        }
        if (!run.stopped) {
          run.validate(epoch);
        }
      }
      run.restoreBest();
    } finally {
      if (deep != null) {
        deep.close();
      }
    }
    return finish(run);
  }

  /** The deep learner of a deep model kind over {@code features}; null for the online kinds. */
  private BatchLearner newBatchLearner(FeatureSpec features) {
    DeepArchitecture architecture =
        switch (options.kind()) {
          case DEEPFM -> DeepArchitecture.DEEPFM;
          case DCNV2 -> DeepArchitecture.DCNV2;
          default -> null;
        };
    if (architecture == null) {
      return null;
    }
    DeepOptions deep = options.deep().withArchitecture(architecture).withSeed(options.seed());
    return new DjlDeepLearner(deep, features.hasher().fieldCount(), features.bits());
  }

  private OnlineLearner newModel(int bits) {
    return switch (options.kind()) {
      case FTRL -> new FtrlProximal(options.ftrl().withBits(bits));
      case FM ->
          new FactorizationMachine(
              options
                  .fm()
                  .withLinear(options.fm().linear().withBits(bits))
                  .withSeed(options.seed()));
      case DEEPFM, DCNV2 -> null; // mini-batch learners: newBatchLearner
    };
  }

  private void readValidation(TrainingInput input, ValidationSet validation) throws IOException {
    DataFile.Opened opened = input.validation().open(input.features());
    try (ExampleReader reader = opened.reader()) {
      while (reader.hasNext()) {
        validation.add(reader.next());
      }
    }
    validation.markComplete();
  }

  private TrainingResult finish(Run run) {
    PredictionLog raw = run.validation.predict(run.model);
    Calibrator calibrator = fitCalibrator(raw);
    Evaluation rawEval = raw.evaluate();
    PredictionLog calibrated = new PredictionLog();
    double[] scores = raw.scores();
    int[] labels = raw.labels();
    long[] groups = raw.groups();
    for (int i = 0; i < scores.length; i++) {
      calibrated.add(calibrator.calibrate(scores[i]), labels[i], groups[i]);
    }
    Evaluation cal = calibrated.evaluate();
    var metrics =
        new Manifest.ValidationMetrics(
            run.validation.source(),
            cal.count(),
            cal.auc(),
            cal.logLoss(),
            cal.ece(),
            rawEval.auc(),
            rawEval.logLoss());
    Manifest manifest =
        new Manifest(
            Manifest.FORMAT_VERSION,
            null,
            null,
            options.kind(),
            clock.instant().toString(),
            options.seed(),
            run.input.features(),
            calibrator instanceof PlattCalibrator || calibrator instanceof IsotonicCalibrator
                ? CalibrationSpec.of(calibrator)
                : CalibrationSpec.NONE,
            hyperparameters(),
            run.trainingData(),
            metrics,
            List.of());
    manifest = manifest.withTask(run.input.train().task());
    return new TrainingResult(run.model, manifest, run.history, run.lastReport);
  }

  private Calibrator fitCalibrator(PredictionLog raw) {
    if (raw.size() == 0 || options.calibration() == CalibrationSpec.Method.NONE) {
      return p -> p;
    }
    return switch (options.calibration()) {
      case PLATT -> PlattCalibrator.fit(raw.scores(), raw.labels());
      case ISOTONIC -> IsotonicCalibrator.fit(raw.scores(), raw.labels());
      case NONE -> p -> p;
    };
  }

  private Map<String, Object> hyperparameters() {
    return switch (options.kind()) {
      case FTRL ->
          Map.of(
              "alpha", options.ftrl().alpha(),
              "beta", options.ftrl().beta(),
              "l1", options.ftrl().l1(),
              "l2", options.ftrl().l2(),
              "epochs", options.epochs(),
              "patience", options.patience());
      case FM ->
          Map.of(
              "alpha", options.fm().linear().alpha(),
              "l1", options.fm().linear().l1(),
              "l2", options.fm().linear().l2(),
              "factors", options.fm().factors(),
              "learningRate", options.fm().learningRate(),
              "factorL2", options.fm().factorL2(),
              "initStd", options.fm().initStd(),
              "epochs", options.epochs(),
              "patience", options.patience());
      case DEEPFM, DCNV2 -> deepHyperparameters();
    };
  }

  private Map<String, Object> deepHyperparameters() {
    DeepOptions d = options.deep();
    Map<String, Object> h = new TreeMap<>();
    h.put("embeddingDim", d.embeddingDim());
    h.put("maxTableBits", d.maxTableBits());
    h.put("hidden", d.hidden());
    if (options.kind() == ModelKind.DCNV2) {
      h.put("crossLayers", d.crossLayers());
    }
    h.put("learningRate", d.learningRate());
    h.put("batchSize", d.batchSize());
    h.put("embeddingL2", d.embeddingL2());
    h.put("optimizer", "adam");
    h.put("epochs", options.epochs());
    h.put("patience", options.patience());
    return h;
  }

  /** The mutable state of one run. */
  private final class Run {
    final TrainingInput input;
    final ValidationSet validation;
    final HashSplit test;
    final HashSplit holdout;
    final List<TrainingListener.Validation> history = new ArrayList<>();
    final long startMillis = clock.millis();
    final OnlineLearner online; // null for a deep model
    final MiniBatches batches; // null for an online model
    CtrModel model; // what validation scores: the online model, or the deep model's snapshot
    ModelSnapshot best;
    double bestAuc = Double.NEGATIVE_INFINITY;
    int validationsWithoutGain;
    boolean stopped;
    int epochsRun;
    long examples;
    long epochExamples;
    double epochLoss;
    long lastReportMillis;
    ReadReport lastReport;
    LogsReader.TimeRange timeRange;

    Run(TrainingInput input, OnlineLearner online, BatchLearner deep) {
      this.input = input;
      this.online = online;
      this.model = online;
      this.batches = deep == null ? null : new MiniBatches(deep, options.seed());
      this.test = input.testFraction() > 0 ? HashSplit.test(input.testFraction()) : null;
      this.holdout =
          input.validation() == null ? HashSplit.validation(options.holdoutFraction()) : null;
      this.validation =
          new ValidationSet(
              input.validation() != null
                  ? input.validation().path().toString()
                  : input.train().path() + " (hold-out " + options.holdoutFraction() + ")");
      this.lastReportMillis = startMillis;
    }

    void trainEpoch(int epoch) throws IOException {
      epochsRun = epoch;
      epochExamples = 0;
      epochLoss = 0;
      long size = input.train().sizeBytes();
      DataFile.Opened opened = input.train().open(input.features());
      try (ExampleReader reader = opened.reader()) {
        for (long index = 0; reader.hasNext() && !stopped; index++) {
          Example e = reader.next();
          if (test != null && test.contains(index)) {
            continue;
          }
          if (holdout != null && holdout.contains(index)) {
            if (!validation.complete()) {
              validation.add(e);
            }
            continue;
          }
          if (batches == null) {
            learn(e);
            afterExample(epoch, opened, size);
          } else if (batches.add(e)) {
            learnBatches(epoch, opened, size);
          }
        }
        if (batches != null && !stopped) {
          learnBatches(epoch, opened, size);
        }
        lastReport = reader.report();
        if (reader instanceof LogsReader logs) {
          timeRange = logs.timeRange().orElse(null);
        }
      }
      report(epoch, fraction(epoch, 1.0));
    }

    private void learn(Example e) {
      count(e, online.learn(e));
    }

    private void count(Example e, double p) {
      p = Math.min(1 - Metrics.LOG_LOSS_EPS, Math.max(Metrics.LOG_LOSS_EPS, p));
      epochLoss -= e.label() == 1 ? Math.log(p) : Math.log1p(-p);
      epochExamples++;
      examples++;
    }

    /** Learns the shuffle buffer batch by batch, validating and reporting between batches. */
    private void learnBatches(int epoch, DataFile.Opened opened, long size) {
      batches.drain(
          (batch, predictions) -> {
            long before = epochExamples;
            for (int i = 0; i < batch.size(); i++) {
              count(batch.get(i), predictions[i]);
            }
            long every = options.validateEvery();
            if (every > 0 && validation.complete() && epochExamples / every > before / every) {
              validate(epoch);
            }
            if (clock.millis() - lastReportMillis >= REPORT_INTERVAL.toMillis()) {
              double within = size > 0 ? (double) opened.bytesRead().get() / size : Double.NaN;
              report(epoch, fraction(epoch, Math.min(1, within)));
            }
            return !stopped;
          });
    }

    private void afterExample(int epoch, DataFile.Opened opened, long size) {
      if (options.validateEvery() > 0
          && validation.complete()
          && epochExamples % options.validateEvery() == 0) {
        validate(epoch);
      }
      if ((examples & 4095) == 0
          && clock.millis() - lastReportMillis >= REPORT_INTERVAL.toMillis()) {
        double within = size > 0 ? (double) opened.bytesRead().get() / size : Double.NaN;
        report(epoch, fraction(epoch, Math.min(1, within)));
      }
    }

    private double fraction(int epoch, double withinEpoch) {
      return (epoch - 1 + withinEpoch) / options.epochs();
    }

    private void report(int epoch, double fraction) {
      long now = clock.millis();
      lastReportMillis = now;
      double seconds = (now - startMillis) / 1000.0;
      double rate = seconds > 0 ? examples / seconds : Double.NaN;
      Duration eta =
          fraction > 0 && !Double.isNaN(fraction) && seconds > 0
              ? Duration.ofMillis((long) (seconds * 1000 * (1 - fraction) / fraction))
              : null;
      double loss = epochExamples == 0 ? Double.NaN : epochLoss / epochExamples;
      listener.progress(
          new TrainingListener.Progress(
              epoch, options.epochs(), examples, rate, loss, fraction, eta));
    }

    void validate(int epoch) {
      if (batches != null) {
        model = batches.learner().snapshot();
      }
      Evaluation eval = validation.evaluate(model);
      boolean improved = eval.auc() > bestAuc + MIN_AUC_GAIN || best == null;
      if (improved) {
        bestAuc = Double.isNaN(eval.auc()) ? Double.NEGATIVE_INFINITY : eval.auc();
        best = ModelSnapshot.of(model);
        validationsWithoutGain = 0;
      } else if (++validationsWithoutGain >= options.patience()) {
        stopped = true;
      }
      var v = new TrainingListener.Validation(epoch, examples, eval, improved);
      history.add(v);
      listener.validated(v);
    }

    void restoreBest() throws IOException {
      if (best != null) {
        model = best.restore();
      }
    }

    Manifest.TrainingData trainingData() {
      double seconds = (clock.millis() - startMillis) / 1000.0;
      return new Manifest.TrainingData(
          input.train().path().toString(),
          epochExamples,
          lastReport == null ? 0 : lastReport.badLines(),
          timeRange == null ? null : timeRange.first().toString(),
          timeRange == null ? null : timeRange.last().toString(),
          epochsRun,
          stopped,
          seconds > 0 ? examples / seconds : Double.NaN,
          input.testFraction());
    }
  }
}
