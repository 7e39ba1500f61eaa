package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train --label} and the registry's ctr/cvr namespaces on the command line. */
class ModelsCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine =
        Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  /** A small impression log: creatives differ in click and conversion rate. */
  private Path logs() throws IOException {
    Path file = dir.resolve("impressions.jsonl");
    Random r = new Random(3);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 3000; i++) {
        int creative = r.nextInt(8);
        boolean clicked = r.nextDouble() < 0.05 + 0.05 * creative;
        boolean converted = clicked && r.nextDouble() < 0.1 * (creative % 4);
        w.write(
            String.format(
                Locale.ROOT,
                "{\"userKey\":\"u%d\",\"creativeId\":\"cr%d\",\"request\":{\"tokens\":"
                    + "{\"user.key\":[\"u%d\"]}},\"candidate\":{\"tokens\":{\"ad.creative\":"
                    + "[\"cr%d\"]}},\"clicked\":%s,\"converted\":%s}%n",
                i % 30,
                creative,
                i % 30,
                creative,
                clicked,
                converted));
      }
    }
    return file;
  }

  private int train(Path data, String label, String out) {
    return run(
        "train",
        "--model",
        "ftrl",
        "--label",
        label,
        "--train",
        data.toString(),
        "--format",
        "logs",
        "--out",
        dir.resolve(out).toString(),
        "--registry",
        dir.resolve("reg").toString(),
        "--no-progress");
  }

  @Test
  void ctr_and_cvr_models_register_in_their_own_namespaces_and_list_shows_both()
      throws IOException {
    Path data = logs();
    assertThat(train(data, "click", "ctr-model")).as(err.toString()).isZero();
    assertThat(train(data, "conversion", "cvr-model")).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Registered as ctr version 1")
        .contains("Registered as cvr version 1")
        .contains("ftrl cvr model trained on");

    String reg = dir.resolve("reg").toString();
    assertThat(
            run(
                "models",
                "promote",
                "--registry",
                reg,
                "--task",
                "cvr",
                "--version",
                "1",
                "--data",
                data.toString()))
        .isZero();
    out.getBuffer().setLength(0);
    assertThat(run("models", "list", "--registry", reg)).isZero();
    assertThat(out.toString())
        .contains("ctr:")
        .contains("cvr:")
        .contains("(no champion yet"); // ctr has none, cvr has one
    assertThat(run("models", "rollback", "--registry", reg, "--task", "cvr")).isEqualTo(1);
  }

  @Test
  void a_conversion_label_needs_logs() throws IOException {
    Path svm = dir.resolve("a.svm");
    Files.writeString(svm, "1 1:1\n0 2:1\n");
    int code =
        run(
            "train",
            "--model",
            "ftrl",
            "--label",
            "conversion",
            "--train",
            svm.toString(),
            "--format",
            "libsvm",
            "--out",
            dir.resolve("m").toString(),
            "--no-progress");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--label conversion needs --format logs");
  }
}
