package io.aimpoint.ml.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.data.ReadReport;
import io.aimpoint.ml.registry.CalibrationSpec;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.ModelDirectory;
import io.aimpoint.ml.registry.ModelKind;
import io.aimpoint.ml.registry.SyntheticFiles;
import io.aimpoint.ml.registry.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrainerTest {
  static final FeatureSpec SPEC = SyntheticFiles.libsvmSpec(16);

  @TempDir Path dir;

  private Trainer trainer(TrainerOptions options, TrainingListener listener) {
    return new Trainer(options, new SteppingClock(), listener);
  }

  private Path data(String name, int rows, long sampleSeed) throws IOException {
    return SyntheticFiles.libsvm(dir.resolve(name), rows, 1, sampleSeed, false);
  }

  @ParameterizedTest
  @EnumSource(ModelKind.class)
  void a_written_model_loads_back_with_identical_predictions(ModelKind kind) throws IOException {
    Path train = data("train.svm", 4000, 2);
    TrainerOptions options = TrainerOptions.defaults(kind).withEpochs(2);
    TrainingResult result =
        trainer(options, TrainingListener.NONE).train(TrainingInput.of(new DataFile(train), SPEC));
    result.write(dir.resolve("model"));

    TrainedModel loaded = ModelDirectory.read(dir.resolve("model"));
    TrainedModel original = result.trained();
    assertThat(loaded.manifest()).isEqualTo(result.manifest());
    try (ExampleReader reader = new DataFile(data("test.svm", 300, 3)).open(SPEC).reader()) {
      while (reader.hasNext()) {
        Example e = reader.next();
        assertThat(loaded.predict(e)).isEqualTo(original.predict(e));
      }
    }
    assertThat(result.manifest().validation().auc()).isGreaterThan(0.7);
    assertThat(result.manifest().training().rows()).isBetween(3400L, 3800L); // ~10% held out
  }

  @Test
  void the_same_seed_and_data_give_the_same_model() throws IOException {
    Path train = data("train.svm", 3000, 2);
    TrainerOptions options = TrainerOptions.defaults(ModelKind.FM).withSeed(7).withEpochs(2);
    trainer(options, TrainingListener.NONE)
        .train(TrainingInput.of(new DataFile(train), SPEC))
        .write(dir.resolve("a"));
    trainer(options, TrainingListener.NONE)
        .train(TrainingInput.of(new DataFile(train), SPEC))
        .write(dir.resolve("b"));
    trainer(options.withSeed(8), TrainingListener.NONE)
        .train(TrainingInput.of(new DataFile(train), SPEC))
        .write(dir.resolve("c"));

    byte[] a = Files.readAllBytes(dir.resolve("a").resolve(ModelDirectory.MODEL_FILE));
    assertThat(Files.readAllBytes(dir.resolve("b").resolve(ModelDirectory.MODEL_FILE)))
        .isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c").resolve(ModelDirectory.MODEL_FILE)))
        .isNotEqualTo(a);
  }

  @Test
  void early_stopping_stops_when_validation_auc_stops_improving() throws IOException {
    Path train = data("train.svm", 3000, 2);
    // The validation world is the training world inverted: more training only makes it worse.
    Path valid = SyntheticFiles.libsvm(dir.resolve("valid.svm"), 1000, 1, 3, true);
    TrainerOptions options = TrainerOptions.defaults(ModelKind.FTRL).withEpochs(10).withPatience(2);
    List<TrainingListener.Validation> seen = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void validated(Validation v) {
            seen.add(v);
          }
        };
    TrainingResult result =
        trainer(options, listener)
            .train(new TrainingInput(new DataFile(train), new DataFile(valid), SPEC, 0));

    assertThat(result.manifest().training().stoppedEarly()).isTrue();
    assertThat(result.manifest().training().epochs()).isEqualTo(3);
    assertThat(seen)
        .extracting(TrainingListener.Validation::improved)
        .containsExactly(true, false, false);
    // the best (first) model is the one kept
    assertThat(result.manifest().validation().rawAuc())
        .isEqualTo(seen.getFirst().evaluation().auc());
  }

  @Test
  void training_runs_all_epochs_while_validation_improves() throws IOException {
    Path train = data("train.svm", 3000, 2);
    Path valid = data("valid.svm", 3000, 3);
    TrainerOptions options = TrainerOptions.defaults(ModelKind.FTRL).withEpochs(2).withPatience(1);
    TrainingResult result =
        trainer(options, TrainingListener.NONE)
            .train(new TrainingInput(new DataFile(train), new DataFile(valid), SPEC, 0));
    assertThat(result.manifest().training().epochs()).isEqualTo(2);
    assertThat(result.history()).hasSize(2);
    assertThat(result.manifest().validation().source()).isEqualTo(valid.toString());
    assertThat(result.manifest().validation().rows()).isEqualTo(3000);
  }

  @Test
  void bad_lines_are_reported_with_line_numbers_and_training_goes_on() throws IOException {
    Path train = data("train.svm", 2000, 2);
    Files.writeString(train, "not-a-label 1:1\n1 5:x\n", StandardOpenOption.APPEND);
    TrainingResult result =
        trainer(TrainerOptions.defaults(ModelKind.FTRL), TrainingListener.NONE)
            .train(TrainingInput.of(new DataFile(train), SPEC));
    ReadReport report = result.trainReport();
    assertThat(report.badLines()).isEqualTo(2);
    assertThat(report.firstBadLines())
        .extracting(ReadReport.BadLine::lineNumber)
        .containsExactly(2001L, 2002L);
    assertThat(result.manifest().training().badLines()).isEqualTo(2);
  }

  @Test
  void progress_reports_throughput_loss_and_completion() throws IOException {
    Path train = data("train.svm", 20_000, 2);
    List<TrainingListener.Progress> seen = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void progress(Progress p) {
            seen.add(p);
          }
        };
    trainer(TrainerOptions.defaults(ModelKind.FTRL), listener)
        .train(TrainingInput.of(new DataFile(train), SPEC));
    TrainingListener.Progress last = seen.getLast();
    assertThat(last.fractionDone()).isEqualTo(1.0);
    assertThat(last.examples()).isBetween(17_000L, 19_000L);
    assertThat(last.examplesPerSecond()).isPositive();
    assertThat(last.runningLogLoss()).isBetween(0.05, 0.6);
    assertThat(last.eta()).isNotNull();
  }

  @Test
  void a_test_split_is_never_trained_on() throws IOException {
    Path train = data("train.svm", 4000, 2);
    TrainerOptions options =
        TrainerOptions.defaults(ModelKind.FTRL).withCalibration(CalibrationSpec.Method.ISOTONIC);
    TrainingResult result =
        trainer(options, TrainingListener.NONE)
            .train(new TrainingInput(new DataFile(train), null, SPEC, 0.2));
    long rows = result.manifest().training().rows();
    long validation = result.manifest().validation().rows();
    assertThat(rows + validation).isBetween(3000L, 3400L); // ~80% of 4000
    assertThat(result.manifest().calibration().method()).isEqualTo("isotonic");
  }
}
