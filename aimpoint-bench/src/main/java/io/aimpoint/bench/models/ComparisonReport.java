package io.aimpoint.bench.models;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.ml.eval.Evaluation;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a comparison: a row per model, all tested on the same rows, and the Bayes-optimal
 * values of the true probabilities when the data has them.
 *
 * @param data what was trained and tested on, in words
 * @param task {@code ctr} or {@code cvr}
 * @param testRows test examples
 * @param testPositives positives among them
 * @param scoringBatch candidates per scoring call
 * @param rows one per model, in the order run
 * @param bayesOptimalAuc AUC of the true probabilities on the test rows, or null
 * @param bayesOptimalLogloss log-loss of the true probabilities, or null
 * @param bayesOptimalEce ECE of the true probabilities, or null
 */
public record ComparisonReport(
    String data,
    String task,
    long testRows,
    long testPositives,
    int scoringBatch,
    List<ComparisonRow> rows,
    Double bayesOptimalAuc,
    Double bayesOptimalLogloss,
    Double bayesOptimalEce) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .build();

  public ComparisonReport {
    rows = List.copyOf(rows);
  }

  /** A report with the Bayes-optimal values of {@code bayes}, or without when it is null. */
  static ComparisonReport of(
      String data,
      String task,
      long testRows,
      long testPositives,
      int scoringBatch,
      List<ComparisonRow> rows,
      Evaluation bayes) {
    return new ComparisonReport(
        data,
        task,
        testRows,
        testPositives,
        scoringBatch,
        rows,
        bayes == null ? null : bayes.auc(),
        bayes == null ? null : bayes.logLoss(),
        bayes == null ? null : bayes.ece());
  }

  /** The table as Markdown, the Bayes-optimal row last. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s (%s): %,d test rows, %,d positives%n%n",
            data,
            task,
            testRows,
            testPositives));
    sb.append("| model | train rows | trained | AUC | log-loss | ECE | train ex/s |")
        .append(" train s | scoring µs/candidate |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (ComparisonRow r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %s | %.4f | %.4f | %.4f | %,.0f | %.1f | %.2f |%n",
              r.model(),
              r.trainRows(),
              r.trained(),
              r.auc(),
              r.logloss(),
              r.ece(),
              r.trainExamplesPerSecond(),
              r.trainSeconds(),
              r.scoringMicrosPerCandidate()));
    }
    if (bayesOptimalAuc != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| Bayes-optimal (true probabilities) | | | %.4f | %.4f | %.4f | | | |%n",
              bayesOptimalAuc,
              bayesOptimalLogloss,
              bayesOptimalEce));
    }
    sb.append(String.format(Locale.ROOT, "%nscoring: batches of %d candidates%n", scoringBatch));
    return sb.toString();
  }

  /** The report as JSON (NaN metrics as the string "NaN"). */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a report of numbers and strings always serializes", e);
    }
  }
}
