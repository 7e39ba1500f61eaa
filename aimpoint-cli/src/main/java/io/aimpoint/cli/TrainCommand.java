package io.aimpoint.cli;

import io.aimpoint.ml.data.CsvSchema;
import io.aimpoint.ml.deep.DeepOptions;
import io.aimpoint.ml.feature.AdFeatureSpec;
import io.aimpoint.ml.model.FtrlOptions;
import io.aimpoint.ml.registry.CalibrationSpec;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.Manifest;
import io.aimpoint.ml.registry.ModelKind;
import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.registry.ModelTask;
import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import io.aimpoint.ml.train.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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
 * {@code aimpoint train}: trains an FTRL, FM, DeepFM or DCN-V2 CTR model on a data file, with a
 * progress bar, validation and early stopping, calibration, and writes the model directory
 * (optionally also registering it). See docs/models.md.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trains a CTR model (ftrl, fm, deepfm or dcnv2) and writes its model directory.")
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, description = "ftrl, fm, deepfm or dcnv2.")
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

  @Option(
      names = "--bits",
      description = "Hashed feature space 2^bits (default: ftrl 22, fm 20, deepfm/dcnv2 18).")
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

  @Option(
      names = "--embedding-dim",
      defaultValue = "8",
      description = "deepfm/dcnv2 embedding dimension (default: ${DEFAULT-VALUE}).")
  int embeddingDim;

  @Option(
      names = "--hidden",
      defaultValue = "256,128",
      description = "deepfm/dcnv2 MLP hidden widths (default: ${DEFAULT-VALUE}).")
  String hidden;

  @Option(
      names = "--cross-layers",
      defaultValue = "2",
      description = "dcnv2 cross layers (default: ${DEFAULT-VALUE}).")
  int crossLayers;

  @Option(
      names = "--learning-rate",
      defaultValue = "0.001",
      description = "deepfm/dcnv2 Adam step size (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(
      names = "--batch-size",
      defaultValue = "1024",
      description = "deepfm/dcnv2 mini-batch size (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--embedding-l2",
      defaultValue = "0",
      description = "deepfm/dcnv2 L2 on embeddings (default: ${DEFAULT-VALUE}).")
  double embeddingL2;

  @Option(
      names = "--feature-spec",
      description =
          "logs only: the ad feature spec (JSON, see docs/features.md); default: the built-in one.")
  Path featureSpec;

  @Option(names = "--registry", description = "Also register the model in this registry.")
  Path registry;

  @Option(
      names = "--name",
      description = "Registry model name (default: the task, ctr or cvr, per --label).")
  String name;

  @Option(
      names = "--label",
      defaultValue = "click",
      description =
          "click: a CTR model on every impression; conversion: a CVR model on the clicked"
              + " impressions of logs, labelled by conversion (default: ${DEFAULT-VALUE}).")
  String label;

  @Option(names = "--no-progress", description = "Do not draw a progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    ModelKind kind = parseKind();
    ModelTask task = parseTask();
    FeatureSpec features = features(kind);
    TrainerOptions options = options(kind);
    PrintWriter outWriter = spec.commandLine().getOut();
    TrainingResult result;
    try (Bar bar = new Bar(!noProgress)) {
      Trainer trainer = new Trainer(options, Clock.systemUTC(), bar);
      result =
          trainer.train(
              new TrainingInput(
                  new DataFile(train, task),
                  valid == null ? null : new DataFile(valid, task),
                  features,
                  testSplit));
    }
    result.write(out);
    report(outWriter, result);
    if (registry != null) {
      String as = name != null ? name : task.id();
      Manifest registered = new ModelRegistry(registry, as, Clock.systemUTC()).register(out);
      outWriter.printf("Registered as %s version %d in %s%n", as, registered.version(), registry);
    }
    outWriter.flush();
    return 0;
  }

  private ModelTask parseTask() {
    try {
      ModelTask task = ModelTask.ofLabel(label);
      if (!task.supports(DataFormat.parse(format))) {
        throw new ParameterException(
            spec.commandLine(), "--label " + label + " needs --format logs; format=" + format);
      }
      return task;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ModelKind parseKind() {
    String m = model.strip().toLowerCase(Locale.ROOT);
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
    if (featureSpec != null) {
      if (f != DataFormat.LOGS) {
        throw new ParameterException(spec.commandLine(), "--feature-spec needs --format logs");
      }
      AdFeatureSpec ads = AdFeatureSpec.read(featureSpec);
      return FeatureSpec.logs(bits == null ? ads : ads.fittedTo(bits));
    }
    int b =
        bits != null
            ? bits
            : switch (kind) {
              case FTRL -> 22;
              case DEEPFM, DCNV2 -> DeepOptions.defaults().maxTableBits();
              default -> 20;
            };
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
              io.aimpoint.ml.model.FmOptions.defaults().withFactors(factors),
              DeepOptions.defaults()
                  .withEmbeddingDim(embeddingDim)
                  .withHidden(widths(hidden))
                  .withCrossLayers(crossLayers)
                  .withLearningRate(learningRate)
                  .withBatchSize(batchSize)
                  .withEmbeddingL2(embeddingL2));
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

  private static List<Integer> widths(String list) {
    try {
      return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--hidden must be comma-separated widths; hidden=" + list);
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
        "%s %s model trained on %,d examples x %d epoch(s)%s at %,.0f examples/s%n",
        m.kind().id(),
        m.task().id(),
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
