package io.aimpoint.ml.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.data.LogsReaderTest;
import io.aimpoint.ml.model.FtrlOptions;
import io.aimpoint.ml.model.FtrlProximal;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelEvaluatorTest {
  @TempDir Path dir;

  private static Manifest manifest(FeatureSpec spec, CalibrationSpec calibration) {
    return new Manifest(
        Manifest.FORMAT_VERSION,
        null,
        null,
        ModelKind.FTRL,
        "2026-03-05T12:00:00Z",
        1,
        spec,
        calibration,
        Map.of(),
        new Manifest.TrainingData("t", 0, 0, null, null, 1, false, Double.NaN, 0),
        new Manifest.ValidationMetrics("v", 0, Double.NaN, Double.NaN, Double.NaN, 0.5, 0.1),
        List.of());
  }

  @Test
  void evaluation_json_has_the_metrics_bad_lines_and_bayes_optimal_values() throws IOException {
    Path file = dir.resolve("logs.jsonl.gz");
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      w.write(LogsReaderTest.FIRST + "\n{broken\n" + LogsReaderTest.SECOND + "\n");
    }
    FeatureSpec spec = FeatureSpec.defaults(DataFormat.LOGS, 16, null);
    TrainedModel model =
        new TrainedModel(
            manifest(spec, CalibrationSpec.NONE),
            new FtrlProximal(FtrlOptions.defaults().withBits(16)));
    EvaluationReport report = ModelEvaluator.evaluate(model, new DataFile(file), null);

    Map<String, Object> json = EvaluationJson.of(report, model.manifest(), "m", file.toString());
    assertThat(json)
        .containsKeys(
            "auc",
            "logloss",
            "ece",
            "rows",
            "groupAuc",
            "badLines",
            "bayesOptimalAuc",
            "bayesOptimalLogloss");
    assertThat(json.get("rows")).isEqualTo(2L);
    assertThat(json.get("badLines")).isEqualTo(1L);
    assertThat(json.get("bayesOptimalAuc")).isEqualTo(1.0); // the click had the higher truth
    assertThat(json.get("auc")).isEqualTo(0.5); // an untrained model ties everything
    assertThat((List<?>) json.get("firstBadLines")).hasSize(1);
    EvaluationJson.write(dir.resolve("out/eval.json"), json);
    assertThat(Files.readString(dir.resolve("out/eval.json"))).contains("\"bayesOptimalLogloss\"");
  }

  @Test
  void data_without_true_probabilities_has_no_bayes_optimal_values() throws IOException {
    Path file = SyntheticFiles.libsvm(dir.resolve("d.svm"), 500, 1, 2, false);
    FeatureSpec spec = SyntheticFiles.libsvmSpec(16);
    TrainedModel model =
        new TrainedModel(
            manifest(spec, new CalibrationSpec("platt", 1.0, 0.0, null, null)),
            new FtrlProximal(FtrlOptions.defaults().withBits(16)));
    EvaluationReport report =
        ModelEvaluator.evaluate(model, new DataFile(file), HashSplit.test(0.5));
    assertThat(report.bayesOptimal()).isNull();
    assertThat(report.model().count()).isBetween(200L, 300L);
    assertThat(report.model().groupAuc().groups()).isPositive();
  }

  @Test
  void manifests_round_trip_with_isotonic_calibration_and_undefined_metrics() throws IOException {
    CalibrationSpec iso =
        new CalibrationSpec(
            "isotonic", null, null, new double[] {0.1, 0.5}, new double[] {0.0, 0.3});
    Manifest m = manifest(FeatureSpec.defaults(DataFormat.LOGS, 16, null), iso);
    ModelDirectory.write(
        dir.resolve("m"), m, new FtrlProximal(FtrlOptions.defaults().withBits(16)));
    Manifest back = ModelDirectory.readManifest(dir.resolve("m"));
    assertThat(back.validation()).isEqualTo(m.validation());
    assertThat(back.features()).isEqualTo(m.features());
    assertThat(back.calibration().calibrator().calibrate(0.3))
        .isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void hash_splits_are_deterministic_sized_and_independent() {
    HashSplit test = HashSplit.test(0.2);
    HashSplit validation = HashSplit.validation(0.2);
    int inTest = 0;
    int inBoth = 0;
    for (long i = 0; i < 100_000; i++) {
      boolean t = test.contains(i);
      assertThat(HashSplit.test(0.2).contains(i)).isEqualTo(t);
      inTest += t ? 1 : 0;
      inBoth += t && validation.contains(i) ? 1 : 0;
    }
    assertThat(inTest).isBetween(19_500, 20_500);
    assertThat(inBoth).isBetween(3_700, 4_300); // 0.2 * 0.2 if independent
  }
}
