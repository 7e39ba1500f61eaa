package io.aimpoint.bench.models;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.eval.Evaluation;
import io.aimpoint.ml.eval.PredictionLog;
import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.EvaluationReport;
import io.aimpoint.ml.registry.HashSplit;
import io.aimpoint.ml.registry.ModelEvaluator;
import io.aimpoint.ml.registry.ModelKind;
import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import io.aimpoint.ml.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains every requested model on the same data in one run and tests them on the same rows.
 *
 * <p>Our models go through {@link Trainer} exactly as {@code aimpoint train} runs them (online, in
 * file order, early stopping on validation AUC, Platt calibration on the validation rows) and are
 * tested calibrated; every {@link ModelKind} the trainer knows is a valid name, so new model
 * families join the comparison without changes here. XGBoost ({@link XgboostPeer}) reads the same
 * rows through the same feature spec into memory, boosts with early stopping on the same validation
 * rows, and is tested on its own probabilities.
 */
public final class ModelComparison {
  /** The name of the XGBoost peer in model lists. */
  public static final String XGBOOST = "xgboost";

  private final ComparisonOptions options;
  private final PrintWriter log;

  /** A comparison with {@code options}; progress lines go to {@code log}. */
  public ModelComparison(ComparisonOptions options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  /** Every model family the trainer knows, then XGBoost. */
  public static List<String> allModels() {
    return Stream.concat(Arrays.stream(ModelKind.values()).map(ModelKind::id), Stream.of(XGBOOST))
        .toList();
  }

  /** Runs the comparison. */
  public ComparisonReport run(ComparisonInput input) throws IOException {
    List<ComparisonRow> rows = new ArrayList<>();
    Evaluation bayes = null;
    Evaluation reference = null;
    for (String model : options.models()) {
      log.printf("%s: training...%n", model);
      log.flush();
      Measured m =
          model.equals(XGBOOST) ? runXgboost(input) : runOurs(ModelKind.parse(model), input);
      rows.add(m.row());
      bayes = bayes == null ? m.bayes() : bayes;
      reference = m.test();
      log.printf(
          Locale.ROOT,
          "%s: auc=%.4f logloss=%.4f ece=%.4f (%s, %.1f s)%n",
          model,
          m.row().auc(),
          m.row().logloss(),
          m.row().ece(),
          m.row().trained(),
          m.row().trainSeconds());
      log.flush();
    }
    if (bayes == null && input.features().format() == io.aimpoint.ml.registry.DataFormat.LOGS) {
      bayes = truthOnly(input);
    }
    return ComparisonReport.of(
        input.describe(),
        input.train().task().id(),
        reference == null ? 0 : reference.count(),
        reference == null ? 0 : reference.positives(),
        options.scoringBatch(),
        rows,
        bayes);
  }

  private record Measured(ComparisonRow row, Evaluation test, Evaluation bayes) {}

  private Measured runOurs(ModelKind kind, ComparisonInput input) throws IOException {
    TrainerOptions trainer =
        TrainerOptions.defaults(kind).withEpochs(options.epochs()).withSeed(options.seed());
    double testFraction = input.test() == null ? input.testFraction() : 0;
    long started = System.nanoTime();
    TrainingResult result =
        new Trainer(trainer, Clock.systemUTC(), TrainingListener.NONE)
            .train(new TrainingInput(input.train(), input.valid(), input.features(), testFraction));
    double seconds = (System.nanoTime() - started) / 1e9;
    CtrModel model = result.trained();
    EvaluationReport test =
        ModelEvaluator.evaluate(model, input.features(), input.testFile(), input.testSplit());
    List<Features> candidates = candidates(input);
    double micros = ScoringTimer.microsPerCall(() -> model.score(Features.empty(), candidates));
    var training = result.manifest().training();
    ComparisonRow row =
        new ComparisonRow(
            kind.id(),
            training.rows(),
            training.epochs() + (training.stoppedEarly() ? " epochs (stopped early)" : " epochs"),
            test.model().auc(),
            test.model().logLoss(),
            test.model().ece(),
            training.examplesPerSecond(),
            seconds,
            micros / candidates.size());
    return new Measured(row, test.model(), test.bayesOptimal());
  }

  private Measured runXgboost(ComparisonInput input) throws IOException {
    long started = System.nanoTime();
    double holdoutFraction = TrainerOptions.defaults(ModelKind.FTRL).holdoutFraction();
    SparseRows.Columns columns = new SparseRows.Columns(input.features().bits());
    SparseRows train = new SparseRows(columns, true);
    SparseRows valid = new SparseRows(columns, false);
    HashSplit test = input.testSplit();
    HashSplit holdout = input.holdout(holdoutFraction);
    List<Example> validation = new ArrayList<>();
    forEach(
        input.train(),
        input,
        (index, e) -> {
          if (test != null && test.contains(index)) {
            return;
          }
          if (holdout != null && holdout.contains(index)) {
            validation.add(e);
          } else {
            train.add(e.features(), e.label());
          }
        });
    if (input.valid() != null) {
      forEach(input.valid(), input, (index, e) -> validation.add(e));
    }
    // validation rows take their columns from the training rows, so they are added after them
    validation.forEach(e -> valid.add(e.features(), e.label()));
    SparseRows testRows = new SparseRows(columns, false);
    forEach(
        input.testFile(),
        input,
        (index, e) -> {
          if (test == null || test.contains(index)) {
            testRows.add(e.features(), e.label());
          }
        });
    try (XgboostPeer.Trained booster = XgboostPeer.train(train, valid, options.xgboost())) {
      double seconds = (System.nanoTime() - started) / 1e9;
      double[] p = booster.predict(testRows);
      int[] y = testRows.intLabels();
      PredictionLog log = new PredictionLog();
      for (int i = 0; i < p.length; i++) {
        log.add(p[i], y[i]);
      }
      Evaluation eval = log.evaluate();
      List<Features> candidates = candidates(input);
      double micros = ScoringTimer.microsPerCall(() -> score(booster, candidates));
      ComparisonRow row =
          new ComparisonRow(
              XGBOOST,
              train.rows(),
              (booster.bestIteration() + 1) + " trees",
              eval.auc(),
              eval.logLoss(),
              eval.ece(),
              train.rows() / seconds,
              seconds,
              micros / candidates.size());
      return new Measured(row, eval, null);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
    }
  }

  private static double[] score(XgboostPeer.Trained booster, List<Features> candidates) {
    try {
      return booster.score(candidates);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
    }
  }

  /** The Bayes-optimal values alone, when no model of ours ran to report them. */
  private static Evaluation truthOnly(ComparisonInput input) throws IOException {
    CtrModel constant =
        new CtrModel() {
          @Override
          public double predict(Features features) {
            return 0.5;
          }

          @Override
          public void score(Features shared, List<Features> candidates, double[] out) {
            Arrays.fill(out, 0, candidates.size(), 0.5);
          }
        };
    return ModelEvaluator.evaluate(constant, input.features(), input.testFile(), input.testSplit())
        .bayesOptimal();
  }

  /** The first {@code scoringBatch} test examples' features: one request's candidates. */
  private List<Features> candidates(ComparisonInput input) throws IOException {
    List<Features> out = new ArrayList<>();
    HashSplit test = input.testSplit();
    DataFile.Opened opened = input.testFile().open(input.features());
    try (ExampleReader reader = opened.reader()) {
      for (long index = 0; reader.hasNext() && out.size() < options.scoringBatch(); index++) {
        Example e = reader.next();
        if (test == null || test.contains(index)) {
          out.add(e.features());
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no test examples to score: " + input.testFile().path());
    }
    return out;
  }

  private interface ExampleSink {
    void accept(long index, Example example);
  }

  private static void forEach(DataFile file, ComparisonInput input, ExampleSink sink)
      throws IOException {
    DataFile.Opened opened = file.open(input.features());
    try (ExampleReader reader = opened.reader()) {
      for (long index = 0; reader.hasNext(); index++) {
        sink.accept(index, reader.next());
      }
    }
  }
}
