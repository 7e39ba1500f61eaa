package io.aimpoint.ml.deep;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.ModelKind;
import io.aimpoint.ml.registry.ModelRegistry;
import io.aimpoint.ml.registry.PromotionGate;
import io.aimpoint.ml.registry.PromotionRecord;
import io.aimpoint.ml.registry.SyntheticFiles;
import io.aimpoint.ml.registry.TrainedModel;
import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import io.aimpoint.ml.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep models through the {@link Trainer} and the {@link ModelRegistry} (loads PyTorch). */
class DeepTrainingTest {
  private static final FeatureSpec SPEC = SyntheticFiles.libsvmSpec(12);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private TrainerOptions options(ModelKind kind) {
    return TrainerOptions.defaults(kind)
        .withEpochs(3)
        .withDeep(DeepTestData.small(DeepArchitecture.DEEPFM));
  }

  private TrainingResult train(TrainerOptions options, Path data, TrainingListener listener)
      throws IOException {
    return new Trainer(options, CLOCK, listener).train(TrainingInput.of(new DataFile(data), SPEC));
  }

  @Test
  void deep_training_validates_every_n_examples_and_reports_progressive_loss() throws IOException {
    Path data = SyntheticFiles.libsvm(dir.resolve("train.svm"), 3000, 1, 2, false);
    List<TrainingListener.Progress> progress = new ArrayList<>();
    List<TrainingListener.Validation> validations = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void progress(Progress p) {
            progress.add(p);
          }

          @Override
          public void validated(Validation v) {
            validations.add(v);
          }
        };
    TrainingResult result = train(options(ModelKind.DCNV2).withValidateEvery(1000), data, listener);

    // epoch 1 validates at its end only (the hold-out is complete then); epochs 2 and 3 also
    // every 1000 examples
    assertThat(validations).hasSizeGreaterThan(3);
    assertThat(validations.getLast().evaluation().auc()).isGreaterThan(0.7);
    assertThat(progress).isNotEmpty();
    assertThat(progress.getLast().runningLogLoss()).isBetween(0.05, 0.69);
    assertThat(result.manifest().kind()).isEqualTo(ModelKind.DCNV2);
    assertThat(result.manifest().hyperparameters()).containsEntry("crossLayers", 2);
    assertThat(result.model()).isInstanceOf(DeepCtrModel.class);
    assertThat(((DeepCtrModel) result.model()).options().architecture())
        .isEqualTo(DeepArchitecture.DCNV2);
  }

  @Test
  void a_deepfm_challenger_replaces_a_worse_champion_and_loads_from_the_registry()
      throws IOException {
    ModelRegistry registry = new ModelRegistry(dir.resolve("registry"), "ctr", CLOCK);
    DataFile validation =
        new DataFile(SyntheticFiles.libsvm(dir.resolve("valid.svm"), 1500, 1, 9, false));
    Path inverted = SyntheticFiles.libsvm(dir.resolve("inverted.svm"), 3000, 1, 2, true);
    train(options(ModelKind.FTRL), inverted, TrainingListener.NONE).write(dir.resolve("ftrl"));
    int champion = registry.register(dir.resolve("ftrl")).version();
    registry.promote(champion, new PromotionGate(PromotionGate.Metric.AUC, 0.01), validation, null);

    Path good = SyntheticFiles.libsvm(dir.resolve("good.svm"), 3000, 1, 3, false);
    TrainingResult deep = train(options(ModelKind.DEEPFM), good, TrainingListener.NONE);
    deep.write(dir.resolve("deepfm"));
    int challenger = registry.register(dir.resolve("deepfm")).version();
    PromotionRecord record =
        registry.promote(
            challenger, new PromotionGate(PromotionGate.Metric.AUC, 0.01), validation, null);

    assertThat(record.accepted()).isTrue();
    assertThat(registry.champion()).hasValue(challenger);
    TrainedModel loaded = registry.load(challenger);
    assertThat(loaded.manifest().kind()).isEqualTo(ModelKind.DEEPFM);
    try (ExampleReader reader = validation.open(SPEC).reader()) {
      for (int i = 0; i < 200 && reader.hasNext(); i++) {
        Example e = reader.next();
        assertThat(loaded.predict(e)).isEqualTo(deep.trained().predict(e));
      }
    }
  }
}
