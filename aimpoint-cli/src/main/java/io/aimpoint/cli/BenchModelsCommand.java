package io.aimpoint.cli;

import io.aimpoint.bench.models.ComparisonInput;
import io.aimpoint.bench.models.ComparisonOptions;
import io.aimpoint.bench.models.ComparisonReport;
import io.aimpoint.bench.models.ModelComparison;
import io.aimpoint.bench.models.XgboostPeer;
import io.aimpoint.ml.data.CsvSchema;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.ModelTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint bench models}: trains every model family (and XGBoost4J) on the same data in one
 * run and prints AUC, log-loss, ECE, training examples/s and scoring µs per candidate side by side,
 * with the Bayes-optimal values when the data has true probabilities. See docs/models.md.
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Compares the CTR/CVR models and XGBoost on the same data: AUC, log-loss, ECE,"
            + " training examples/s, scoring µs per candidate.")
public final class BenchModelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, description = "Training data file (plain or .gz).")
  Path train;

  @Option(names = "--valid", description = "Validation file (default: a hold-out of --train).")
  Path valid;

  @Option(names = "--test", description = "Test file (default: the --test-split of --train).")
  Path test;

  @Option(
      names = "--test-split",
      defaultValue = "0.2",
      description = "Without --test: this share of --train is the test split (default: 0.2).")
  double testSplit;

  @Option(
      names = "--format",
      required = true,
      description = "libsvm, libffm, criteo, avazu, csv or logs.")
  String format;

  @Option(names = "--schema", description = "Schema file of the csv format.")
  Path schema;

  @Option(
      names = "--models",
      split = ",",
      description = "Models to compare, comma-separated (default: every model kind, then xgboost).")
  List<String> models;

  @Option(
      names = "--label",
      defaultValue = "click",
      description = "click (CTR) or conversion (CVR: clicked rows of logs; default: click).")
  String label;

  @Option(
      names = "--epochs",
      defaultValue = "3",
      description = "Epochs of the online models (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(
      names = "--bits",
      defaultValue = "20",
      description = "Hashed feature space 2^bits, the same for all (default: ${DEFAULT-VALUE}).")
  int bits;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--batch",
      defaultValue = "200",
      description = "Candidates per timed scoring call (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--xgb-threads",
      defaultValue = "1",
      description = "XGBoost threads (default: ${DEFAULT-VALUE}, like our trainers).")
  int xgbThreads;

  @Option(names = "--json", description = "Also write the report as JSON to this file.")
  Path json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ComparisonOptions options = options();
    if (options.models().contains(ModelComparison.XGBOOST)) {
      XgboostPeer.unavailableReason()
          .ifPresent(
              reason -> {
                throw new ParameterException(
                    spec.commandLine(), reason + "; leave xgboost out of --models");
              });
    }
    ComparisonReport report = new ModelComparison(options, out).run(input());
    out.println();
    out.print(report.render());
    if (json != null) {
      Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
      out.println("wrote " + json);
    }
    out.flush();
    return 0;
  }

  private ComparisonOptions options() {
    try {
      List<String> names = models == null ? ModelComparison.allModels() : models;
      return new ComparisonOptions(
          names, epochs, seed, batch, XgboostPeer.Options.defaults().withThreads(xgbThreads));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ComparisonInput input() throws IOException {
    try {
      DataFormat f = DataFormat.parse(format);
      if (f == DataFormat.CSV && schema == null) {
        throw new ParameterException(spec.commandLine(), "--format csv needs --schema FILE");
      }
      ModelTask task = ModelTask.ofLabel(label);
      if (!task.supports(f)) {
        throw new ParameterException(
            spec.commandLine(), "--label " + label + " needs --format logs; format=" + format);
      }
      FeatureSpec features =
          FeatureSpec.defaults(f, bits, f == DataFormat.CSV ? CsvSchema.load(schema) : null);
      return new ComparisonInput(
          new DataFile(train, task),
          valid == null ? null : new DataFile(valid),
          test == null ? null : new DataFile(test),
          testSplit,
          features);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
