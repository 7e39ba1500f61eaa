package io.aimpoint.ml.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aimpoint.ml.data.ReadReport;
import io.aimpoint.ml.eval.Evaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link EvaluationReport}, as {@code aimpoint evaluate --json} writes it.
 * Keys: {@code model}, {@code kind}, {@code version}, {@code data}, {@code rows}, {@code
 * positives}, {@code auc}, {@code logloss}, {@code ece}, {@code groupAuc}, {@code groups}, {@code
 * badLines}, {@code firstBadLines} ({@code [{line, reason}]}) and, when the data had true
 * probabilities, {@code bayesOptimalAuc} and {@code bayesOptimalLogloss}. An undefined metric (one
 * class only) is null: JSON has no NaN.
 */
public final class EvaluationJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvaluationJson() {}

  /** The report as an ordered map of JSON values. */
  public static Map<String, Object> of(
      EvaluationReport report, Manifest manifest, String model, String data) {
    Evaluation m = report.model();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", model);
    root.put("kind", manifest.kind().id());
    root.put("version", manifest.version());
    root.put("data", data);
    root.put("rows", m.count());
    root.put("positives", m.positives());
    root.put("auc", finite(m.auc()));
    root.put("logloss", finite(m.logLoss()));
    root.put("ece", finite(m.ece()));
    root.put("groupAuc", finite(m.groupAuc().value()));
    root.put("groups", m.groupAuc().groups());
    ReadReport read = report.read();
    root.put("badLines", read.badLines());
    List<Map<String, Object>> bad =
        read.firstBadLines().stream()
            .map(b -> Map.<String, Object>of("line", b.lineNumber(), "reason", b.reason()))
            .toList();
    root.put("firstBadLines", bad);
    if (report.bayesOptimal() != null) {
      root.put("bayesOptimalAuc", finite(report.bayesOptimal().auc()));
      root.put("bayesOptimalLogloss", finite(report.bayesOptimal().logLoss()));
    }
    return root;
  }

  /** Writes {@link #of} to {@code file}, creating its directory. */
  public static void write(Path file, Map<String, Object> json) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writeValue(file.toFile(), json);
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
