package io.aimpoint.cli;

import io.aimpoint.ml.eval.Evaluation;
import io.aimpoint.ml.eval.PredictionLog;
import io.aimpoint.ml.eval.ReliabilityTable;
import io.aimpoint.ml.plot.ReliabilityPlot;
import io.aimpoint.ml.plot.RocPlot;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.EvaluationJson;
import io.aimpoint.ml.registry.EvaluationReport;
import io.aimpoint.ml.registry.HashSplit;
import io.aimpoint.ml.registry.ModelDirectory;
import io.aimpoint.ml.registry.ModelEvaluator;
import io.aimpoint.ml.registry.TrainedModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint evaluate}: evaluates a model directory on a data file and prints AUC, log-loss,
 * group AUC, ECE and, for simulator logs, the Bayes-optimal values of the true probabilities;
 * optionally writes them as JSON and draws the ROC curve and reliability diagram as PNG.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Evaluates a trained model on a data file (AUC, log-loss, group AUC, ECE).")
public final class EvaluateCommand implements Callable<Integer> {
  private static final int ECE_BINS = PredictionLog.ECE_BINS;
  private static final int PLOT_WIDTH = 800;
  private static final int PLOT_HEIGHT = 600;

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "Model directory.")
  Path model;

  @Option(names = "--data", required = true, description = "Data file (plain or .gz).")
  Path data;

  @Option(
      names = "--format",
      description = "Data format; must be the model's (default: the model's).")
  String format;

  @Option(
      names = "--test-split",
      defaultValue = "0",
      description = "Evaluate only the test split of this share (as train --test-split).")
  double testSplit;

  @Option(names = "--json", description = "Write the metrics as JSON to this file.")
  Path json;

  @Option(names = "--plots", description = "Write roc.png and reliability.png to this directory.")
  Path plots;

  @Override
  public Integer call() throws IOException {
    TrainedModel trained = ModelDirectory.read(model);
    checkFormat(trained);
    HashSplit split = testSplit > 0 ? HashSplit.test(testSplit) : null;
    EvaluationReport report = ModelEvaluator.evaluate(trained, new DataFile(data), split);
    PrintWriter out = spec.commandLine().getOut();
    print(out, trained, report);
    if (json != null) {
      writeJson(trained, report);
      out.printf("Metrics written to %s%n", json);
    }
    if (plots != null) {
      writePlots(report.predictions());
      out.printf("Plots written to %s (roc.png, reliability.png)%n", plots);
    }
    out.flush();
    return 0;
  }

  private void checkFormat(TrainedModel trained) {
    if (format == null) {
      return;
    }
    DataFormat given;
    try {
      given = DataFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    DataFormat expected = trained.manifest().features().format();
    if (given != expected) {
      throw new ParameterException(
          spec.commandLine(),
          "the model was trained on " + expected.id() + " data; --format=" + given.id());
    }
  }

  private static void print(PrintWriter out, TrainedModel trained, EvaluationReport report) {
    out.println(report.read().summary());
    Evaluation m = report.model();
    out.printf(
        Locale.ROOT,
        "%s %s model: rows=%,d %ss=%,d auc=%.5f logloss=%.5f gauc=%.5f (%d users) ece=%.5f%n",
        trained.manifest().kind().id(),
        trained.manifest().task().id(),
        m.count(),
        trained.manifest().task().label(),
        m.positives(),
        m.auc(),
        m.logLoss(),
        m.groupAuc().value(),
        m.groupAuc().groups(),
        m.ece());
    report
        .bayesOptimalIfKnown()
        .ifPresent(
            b ->
                out.printf(
                    Locale.ROOT,
                    "Bayes-optimal (true p%s): auc=%.5f logloss=%.5f gauc=%.5f ece=%.5f%n",
                    trained.manifest().task().name(),
                    b.auc(),
                    b.logLoss(),
                    b.groupAuc().value(),
                    b.ece()));
  }

  private void writeJson(TrainedModel trained, EvaluationReport report) throws IOException {
    EvaluationJson.write(
        json, EvaluationJson.of(report, trained.manifest(), model.toString(), data.toString()));
  }

  private void writePlots(PredictionLog predictions) throws IOException {
    double[] scores = predictions.scores();
    int[] labels = predictions.labels();
    RocPlot.write(scores, labels, plots.resolve("roc.png"), PLOT_WIDTH, PLOT_HEIGHT);
    ReliabilityPlot.write(
        ReliabilityTable.of(scores, labels, ECE_BINS, ReliabilityTable.Binning.EQUAL_MASS),
        plots.resolve("reliability.png"),
        PLOT_WIDTH,
        PLOT_HEIGHT);
  }
}
