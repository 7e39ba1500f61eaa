package io.aimpoint.cli;

import io.aimpoint.ml.data.CsvSchema;
import io.aimpoint.ml.model.FtrlOptions;
import io.aimpoint.ml.registry.CalibrationSpec;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.Manifest;
import io.aimpoint.ml.registry.ModelKind;
import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import io.aimpoint.ml.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint train}: trains an FTRL or FM CTR model on a data file, with a progress bar,
 * validation and early stopping, calibration, and writes the model directory (optionally also
 * registering it). See docs/models.md.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trains a CTR model (ftrl or fm) and writes its model directory.")
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "ftrl or fm (deepfm, dcnv2: later).")
  String model;

  @Option(names = "--train", required = true, description = "Training data file (plain or .gz).")
  Path train;

  @Option(
      names = "--valid",
      description = "Validation file; without it a hash hold-out of the training file is used.")
  Path valid;

  @Option(
      names = "--format",
      required = true,
      description = "libsvm, libffm, criteo, avazu, csv or logs.")
  String format;

  @Option(names = "--schema", description = "Schema file of the csv format (JSON or properties).")
  Path schema;

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(
      names = "--epochs",
      defaultValue = "1",
      description = "Epochs (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--bits", description = "Hashed feature space 2^bits (default: ftrl 22, fm 20).")
  Integer bits;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--patience",
      defaultValue = "2",
      description = "Validations without AUC gain before stopping (default: ${DEFAULT-VALUE}).")
  int patience;

  @Option(
      names = "--validate-every",
      defaultValue = "0",
      description = "Also validate every N examples (default: epoch ends only).")
  long validateEvery;

  @Option(
      names = "--calibration",
      defaultValue = "platt",
      description = "platt, isotonic or none (default: ${DEFAULT-VALUE}).")
  String calibration;

  @Option(
      names = "--holdout",
      defaultValue = "0.1",
      description = "Hold-out share for validation without --valid (default: ${DEFAULT-VALUE}).")
  double holdout;

  @Option(
      names = "--test-split",
      defaultValue = "0",
      description =
          "Reserve this share of --train as the test split (evaluate --test-split reads it).")
  double testSplit;

  @Option(names = "--factors", defaultValue = "8", description = "FM factor dimension.")
  int factors;

  @Option(names = "--alpha", description = "FTRL learning-rate scale (default 0.1).")
  Double alpha;

  @Option(names = "--registry", description = "Also register the model in this registry.")
  Path registry;

  @Option(names = "--name", defaultValue = "ctr", description = "Registry model name.")
  String name;

  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    ModelKind kind = parseKind();
    FeatureSpec features = features(kind);
    TrainerOptions options = options(kind);
    PrintWriter outWriter = spec.commandLine().getOut();
    TrainingResult result;
    try (Bar bar = new Bar(!noProgress)) {
      Trainer trainer = new Trainer(options, Clock.systemUTC(), bar);
      result =
          trainer.train(
              new TrainingInput(
                  new DataFile(train),
                  valid == null ? null : new DataFile(valid),
                  features,
                  testSplit));
    }
    result.write(out);
    report(outWriter, result);
    if (registry != null) {
      Manifest registered = new ModelRegistry(registry, name, Clock.systemUTC()).register(out);
      outWriter.printf("Registered as %s version %d in %s%n", name, registered.version(), registry);
    }
    outWriter.flush();
    return 0;
  }

  private ModelKind parseKind() {
    String m = model.strip().toLowerCase(Locale.ROOT);
    if (m.equals("deepfm") || m.equals("dcnv2")) {
      throw new ParameterException(
          spec.commandLine(), "--model " + m + " is not available yet (issue 5); use ftrl or fm");
    }
    try {
      return ModelKind.parse(m);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private FeatureSpec features(ModelKind kind) throws IOException {
    DataFormat f;
    try {
      f = DataFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (f == DataFormat.CSV && schema == null) {
      throw new ParameterException(spec.commandLine(), "--format csv needs --schema FILE");
    }
    CsvSchema csv = f == DataFormat.CSV ? CsvSchema.load(schema) : null;
    int b = bits != null ? bits : kind == ModelKind.FTRL ? 22 : 20;
    return FeatureSpec.defaults(f, b, csv);
  }

  private TrainerOptions options(ModelKind kind) {
    try {
      TrainerOptions o =
          new TrainerOptions(
              kind,
              epochs,
              patience,
              validateEvery,
              CalibrationSpec.Method.parse(calibration),
              seed,
              holdout,
              FtrlOptions.defaults(),
              io.aimpoint.ml.model.FmOptions.defaults().withFactors(factors));
      if (alpha != null) {
        o =
            o.withFtrl(o.ftrl().withAlpha(alpha))
                .withFm(o.fm().withLinear(o.fm().linear().withAlpha(alpha)));
      }
      return o;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void report(PrintWriter out, TrainingResult result) {
    out.println(result.trainReport().summary());
    for (TrainingListener.Validation v : result.history()) {
      out.printf(
          "epoch %d, %,d examples: validation %s%s%n",
          v.epoch(), v.examples(), v.evaluation().summary(), v.improved() ? " *" : "");
    }
    Manifest m = result.manifest();
    Manifest.ValidationMetrics val = m.validation();
    out.printf(
        Locale.ROOT,
        "%s trained on %,d examples x %d epoch(s)%s at %,.0f examples/s%n",
        m.kind().id(),
        m.training().rows(),
        m.training().epochs(),
        m.training().stoppedEarly() ? " (stopped early)" : "",
        m.training().examplesPerSecond());
    out.printf(
        Locale.ROOT,
        "validation (%s, %,d rows): auc=%.5f logloss=%.5f ece=%.5f (raw auc=%.5f logloss=%.5f),"
            + " calibration %s%n",
        val.source(),
        val.rows(),
        val.auc(),
        val.logloss(),
        val.ece(),
        val.rawAuc(),
        val.rawLogloss(),
        m.calibration().method());
  }

  /** The progress bar: per-mille of the planned work, with throughput and running loss. */
  private static final class Bar implements TrainingListener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;

    Bar(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public void progress(Progress p) {
      if (!enabled) {
        return;
      }
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("train")
                .setInitialMax(1000)
                .setUnit("%", 10)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .hideEta()
                .build();
      }
      if (!Double.isNaN(p.fractionDone())) {
        bar.stepTo(Math.round(p.fractionDone() * 1000));
      }
      bar.setExtraMessage(
          String.format(
              Locale.ROOT,
              "epoch %d/%d %,.0f ex/s loss %.4f ETA %s",
              p.epoch(),
              p.epochs(),
              p.examplesPerSecond(),
              p.runningLogLoss(),
              p.eta() == null ? "?" : p.eta().toSeconds() + "s"));
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
