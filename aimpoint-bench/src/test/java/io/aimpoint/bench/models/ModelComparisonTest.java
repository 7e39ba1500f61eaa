package io.aimpoint.bench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.FeatureSpec;
import io.aimpoint.ml.registry.ModelKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelComparisonTest {
  @TempDir static Path dir;
  static Path libsvm;

  @BeforeAll
  static void data() throws IOException {
    libsvm = SyntheticData.libsvm(dir.resolve("train.svm"), 4000, 5);
  }

  private static ComparisonReport compare(List<String> models, ComparisonInput input)
      throws IOException {
    // few, shallow trees and one epoch: a test of the plumbing, kept to seconds
    ComparisonOptions options =
        new ComparisonOptions(models, 1, 7, 50, new XgboostPeer.Options(60, 10, 4, 0.3, 1, 7));
    return new ModelComparison(options, new PrintWriter(new StringWriter())).run(input);
  }

  @Test
  void every_model_kind_the_trainer_knows_and_xgboost_are_compared_by_default() {
    assertThat(ModelComparison.allModels())
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    Arrays.stream(ModelKind.values()).map(ModelKind::id),
                    java.util.stream.Stream.of("xgboost"))
                .toList());
  }

  @Test
  void all_models_are_tested_on_the_same_rows_of_a_hash_split_and_learn_the_data()
      throws IOException {
    assumeThat(XgboostPeer.unavailableReason()).isEmpty();
    FeatureSpec spec = FeatureSpec.defaults(DataFormat.LIBSVM, 16, null);
    ComparisonInput input = new ComparisonInput(new DataFile(libsvm), null, null, 0.25, spec);

    ComparisonReport report = compare(List.of("ftrl", "fm", "xgboost"), input);

    assertThat(report.rows())
        .extracting(ComparisonRow::model)
        .containsExactly("ftrl", "fm", "xgboost");
    // about a quarter of 4000 rows, the same for everyone (one testRows for the report)
    assertThat(report.testRows()).isBetween(850L, 1150L);
    for (ComparisonRow row : report.rows()) {
      assertThat(row.auc()).as(row.model()).isGreaterThan(0.7);
      assertThat(row.logloss()).as(row.model()).isLessThan(0.65);
      assertThat(row.scoringMicrosPerCandidate()).as(row.model()).isPositive();
      assertThat(row.trainExamplesPerSecond()).as(row.model()).isPositive();
      // training rows exclude the test split and the validation hold-out
      assertThat(row.trainRows()).as(row.model()).isBetween(2500L, 2900L);
    }
    ComparisonRow xgb = report.rows().get(2);
    assertThat(xgb.trained()).endsWith("trees");
    assertThat(report.bayesOptimalAuc()).isNull();
    assertThat(report.render())
        .contains("| xgboost |")
        .contains("| ftrl |")
        .doesNotContain("Bayes-optimal");
  }

  @Test
  void logs_with_true_probabilities_get_a_bayes_optimal_row_above_every_model() throws IOException {
    Path logs = SyntheticData.logs(dir.resolve("impressions.jsonl"), 4000, 6);
    FeatureSpec spec = FeatureSpec.defaults(DataFormat.LOGS, 16, null);
    ComparisonInput input = new ComparisonInput(new DataFile(logs), null, null, 0.25, spec);

    ComparisonReport report = compare(List.of("ftrl"), input);

    assertThat(report.bayesOptimalAuc()).isNotNull().isGreaterThan(report.rows().get(0).auc());
    assertThat(report.bayesOptimalLogloss()).isLessThan(report.rows().get(0).logloss());
    assertThat(report.render()).contains("| Bayes-optimal (true probabilities) |");
    assertThat(report.toJson()).contains("\"bayesOptimalAuc\"").contains("\"model\" : \"ftrl\"");
  }

  @Test
  void unknown_models_are_named_with_the_known_ones() {
    assertThatThrownBy(
            () ->
                new ComparisonOptions(
                    List.of("ftrl", "gbdt"), 1, 1, 10, XgboostPeer.Options.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model=gbdt")
        .hasMessageContaining("xgboost");
  }
}
