package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `train` then `evaluate` through the command line, as a user runs them. */
class TrainEvaluateCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  /** Rows whose label follows feature 1 (present: 30% clicks, absent: 5%), plus noise features. */
  private Path libsvm(int rows) throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      boolean signal = random.nextBoolean();
      int label = random.nextDouble() < (signal ? 0.3 : 0.05) ? 1 : 0;
      lines.add(
          label
              + (signal ? " 1:1" : "")
              + " "
              + (2 + random.nextInt(50))
              + ":1 "
              + (100 + random.nextInt(50))
              + ":1");
    }
    lines.add("not a line");
    Path file = dir.resolve("data.libsvm");
    Files.write(file, lines);
    return file;
  }

  @Test
  void evaluate_prints_and_writes_the_metrics_of_a_trained_model() throws Exception {
    Path data = libsvm(4_000);
    Path model = dir.resolve("model");
    Path json = dir.resolve("eval.json");

    assertThat(
            run(
                "train",
                "--model",
                "ftrl",
                "--train",
                data.toString(),
                "--format",
                "libsvm",
                "--out",
                model.toString(),
                "--epochs",
                "2",
                "--no-progress"))
        .as(err.toString())
        .isZero();
    assertThat(
            run(
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                data.toString(),
                "--format",
                "libsvm",
                "--json",
                json.toString(),
                "--plots",
                dir.resolve("plots").toString()))
        .as(err.toString())
        .isZero();

    assertThat(out.toString()).contains("ftrl ctr model: rows=4,000", "auc=", "1 bad line");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("rows").asLong()).isEqualTo(4_000);
    assertThat(report.get("auc").asDouble()).isGreaterThan(0.65);
    assertThat(report.has("logloss")).isTrue();
    assertThat(report.has("ece")).isTrue();
    assertThat(dir.resolve("plots/roc.png")).exists();
    assertThat(dir.resolve("plots/reliability.png")).exists();
  }
}
