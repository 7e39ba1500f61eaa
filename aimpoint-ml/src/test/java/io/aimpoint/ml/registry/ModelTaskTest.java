package io.aimpoint.ml.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.ml.train.Trainer;
import io.aimpoint.ml.train.TrainerOptions;
import io.aimpoint.ml.train.TrainingInput;
import io.aimpoint.ml.train.TrainingListener;
import io.aimpoint.ml.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CVR models: trained on clicked impressions labelled by conversion, registered apart from CTR. */
class ModelTaskTest {
  static final FeatureSpec SPEC = SyntheticLogs.spec(16);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  Path logs;
  SyntheticLogs.Counts counts;

  @BeforeEach
  void setUp() throws IOException {
    logs = dir.resolve("impressions.jsonl");
    counts = SyntheticLogs.write(logs, 4_000, 3);
  }

  private TrainingResult train(ModelTask task) throws IOException {
    TrainerOptions options = TrainerOptions.defaults(ModelKind.FTRL);
    return new Trainer(options, CLOCK, TrainingListener.NONE)
        .train(TrainingInput.of(new DataFile(logs, task), SPEC));
  }

  @Test
  void a_cvr_model_learns_from_clicked_impressions_only_labelled_by_conversion()
      throws IOException {
    TrainingResult cvr = train(ModelTask.CVR);
    Manifest m = cvr.manifest();
    assertThat(m.task()).isEqualTo(ModelTask.CVR);
    // all clicks but the 10% validation hold-out
    assertThat(m.training().rows() + m.validation().rows()).isEqualTo(counts.clicks());
    assertThat(m.validation().auc()).isGreaterThan(0.6);

    TrainingResult ctr = train(ModelTask.CTR);
    assertThat(ctr.manifest().task()).isEqualTo(ModelTask.CTR);
    assertThat(ctr.manifest().training().rows() + ctr.manifest().validation().rows())
        .isEqualTo(counts.rows());
  }

  @Test
  void evaluating_a_cvr_model_reads_conversions_and_the_true_cvr_whatever_the_file_was_opened_as()
      throws IOException {
    TrainingResult cvr = train(ModelTask.CVR);
    EvaluationReport report = ModelEvaluator.evaluate(cvr.trained(), new DataFile(logs), null);
    assertThat(report.model().count()).isEqualTo(counts.clicks());
    assertThat(report.model().positives()).isEqualTo(counts.conversions());
    assertThat(report.bayesOptimal()).isNotNull();
    // the truth is the true CVR: it ranks conversions far better than chance
    assertThat(report.bayesOptimal().auc()).isGreaterThan(0.7);
    assertThat(report.model().auc()).isLessThanOrEqualTo(report.bayesOptimal().auc() + 0.02);
  }

  @Test
  void the_cvr_task_needs_logs_and_says_so() throws IOException {
    Path svm = SyntheticFiles.libsvm(dir.resolve("a.svm"), 100, 1, 2, false);
    DataFile data = new DataFile(svm, ModelTask.CVR);
    assertThatThrownBy(() -> data.open(SyntheticFiles.libsvmSpec(16)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cvr task needs data that records conversions")
        .hasMessageContaining("format=libsvm");
  }

  @Test
  void labels_and_task_ids_parse_and_name_the_bad_value() {
    assertThat(ModelTask.ofLabel("Conversion")).isEqualTo(ModelTask.CVR);
    assertThat(ModelTask.ofLabel("click")).isEqualTo(ModelTask.CTR);
    assertThat(ModelTask.parse(" CVR ")).isEqualTo(ModelTask.CVR);
    assertThatThrownBy(() -> ModelTask.ofLabel("purchase"))
        .hasMessageContaining("label=purchase")
        .hasMessageContaining("[click, conversion]");
  }

  @Test
  void ctr_and_cvr_champions_coexist_in_their_own_namespaces() throws IOException {
    Path root = dir.resolve("registry");
    Path ctrDir = dir.resolve("ctr-model");
    Path cvrDir = dir.resolve("cvr-model");
    train(ModelTask.CTR).write(ctrDir);
    train(ModelTask.CVR).write(cvrDir);
    ModelRegistry ctr = ModelRegistry.forTask(root, ModelTask.CTR, CLOCK);
    ModelRegistry cvr = ModelRegistry.forTask(root, ModelTask.CVR, CLOCK);
    ctr.register(ctrDir);
    ctr.register(ctrDir);
    cvr.register(cvrDir);
    PromotionGate gate = new PromotionGate(PromotionGate.Metric.AUC, 0.001);
    DataFile data = new DataFile(logs);

    assertThat(ctr.promote(1, gate, data, null).accepted()).isTrue();
    PromotionRecord cvrPromotion = cvr.promote(1, gate, data, null);
    assertThat(cvrPromotion.accepted()).isTrue();
    assertThat(cvrPromotion.rows()).isEqualTo(counts.clicks());
    assertThat(ModelRegistry.names(root)).containsExactly("ctr", "cvr");
    assertThat(ctr.champion()).hasValue(1);
    assertThat(cvr.champion()).hasValue(1);
    assertThat(cvr.manifest(1).task()).isEqualTo(ModelTask.CVR);

    // a rollback in one namespace leaves the other alone (version 2 is the same model as 1)
    assertThat(
            ctr.promote(2, new PromotionGate(PromotionGate.Metric.AUC, 0), data, null).accepted())
        .isTrue();
    assertThat(ctr.rollback()).hasValue(1);
    assertThat(cvr.champion()).hasValue(1);
    assertThat(cvr.rollback()).isEmpty();
  }

  @Test
  void a_model_cannot_be_registered_under_another_tasks_namespace() throws IOException {
    Path root = dir.resolve("registry");
    Path cvrDir = dir.resolve("cvr-model");
    train(ModelTask.CVR).write(cvrDir);
    assertThatThrownBy(() -> ModelRegistry.forTask(root, ModelTask.CTR, CLOCK).register(cvrDir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a cvr model cannot be registered under name ctr");

    ModelRegistry custom = new ModelRegistry(root, "cpa-shop", CLOCK);
    custom.register(cvrDir);
    Path ctrDir = dir.resolve("ctr-model");
    train(ModelTask.CTR).write(ctrDir);
    assertThatThrownBy(() -> custom.register(ctrDir))
        .hasMessageContaining("which holds cvr models");
    assertThat(ModelRegistry.names(root)).containsExactly("cpa-shop");
  }

  @Test
  void a_manifest_written_before_tasks_existed_reads_as_a_ctr_model() throws IOException {
    Path model = dir.resolve("old");
    train(ModelTask.CTR).write(model);
    Path manifest = model.resolve(ModelDirectory.MANIFEST_FILE);
    String json = Files.readString(manifest);
    assertThat(json).contains("\"task\" : \"CTR\"");
    Files.writeString(manifest, json.replace("\"task\" : \"CTR\"", "\"unused\" : 0"));
    assertThat(ModelDirectory.readManifest(model).task()).isEqualTo(ModelTask.CTR);
  }
}
