package io.aimpoint.bench.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.ml.eval.Evaluation;
import io.aimpoint.ml.eval.GroupAuc;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonReportTest {
  static final List<ComparisonRow> ROWS =
      List.of(
          new ComparisonRow(
              "ftrl", 800_000, "3 epochs", 0.75123, 0.10456, 0.0031, 1_234_567, 12.3, 0.456),
          new ComparisonRow(
              "xgboost", 800_000, "87 trees", 0.7601, 0.1032, Double.NaN, 45_000, 60, 3.21));

  @Test
  void renders_one_markdown_row_per_model_and_the_bayes_optimal_row_last() {
    Evaluation truth =
        new Evaluation(1000, 20, 0.86, 0.0825, 0.003, new GroupAuc(Double.NaN, 0, 0));
    String table = ComparisonReport.of("logs", "ctr", 200_000, 4_000, 200, ROWS, truth).render();
    assertThat(table)
        .contains("logs (ctr): 200,000 test rows, 4,000 positives")
        .contains(
            "| ftrl | 800,000 | 3 epochs | 0.7512 | 0.1046 | 0.0031 | 1,234,567 | 12.3 | 0.46 |")
        .contains("| xgboost | 800,000 | 87 trees | 0.7601 | 0.1032 | NaN | 45,000 | 60.0 | 3.21 |")
        .contains("| Bayes-optimal (true probabilities) | | | 0.8600 | 0.0825 | 0.0030 | | | |");
    assertThat(table.indexOf("xgboost")).isLessThan(table.indexOf("Bayes-optimal"));
  }

  @Test
  void json_has_every_row_and_null_bayes_values_without_truth() throws Exception {
    String json = ComparisonReport.of("criteo", "ctr", 10, 2, 200, ROWS, null).toJson();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("rows")).hasSize(2);
    assertThat(root.get("rows").get(0).get("auc").doubleValue()).isEqualTo(0.75123);
    assertThat(root.get("rows").get(1).get("ece").asText()).isEqualTo("NaN");
    assertThat(root.get("bayesOptimalAuc").isNull()).isTrue();
    assertThat(root.get("scoringBatch").intValue()).isEqualTo(200);
  }
}
