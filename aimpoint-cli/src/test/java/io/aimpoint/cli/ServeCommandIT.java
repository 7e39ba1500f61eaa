package io.aimpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aimpoint serve} as a real child JVM: it starts, answers, stops cleanly on SIGTERM (the
 * shutdown hook closes server and stores, releasing the RocksDB lock), and a second start on the
 * same data directory reuses the secrets.
 */
class ServeCommandIT {
  private static final Pattern SERVING = Pattern.compile("serving at (http://\\S+)");

  @TempDir Path dataDir;
  private Process process;

  @AfterEach
  void kill() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  @Test
  void serve_starts_answers_stops_on_sigterm_and_restarts_with_the_same_secrets() throws Exception {
    String baseUrl = startServe();
    assertThat(get(baseUrl + "/health")).isEqualTo(200);
    byte[] trackingKey = Files.readAllBytes(dataDir.resolve(AimpointNode.TRACKING_KEY_FILE));
    byte[] pseudonymKey = Files.readAllBytes(dataDir.resolve(AimpointNode.PSEUDONYM_KEY_FILE));

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();

    String restartedUrl = startServe();
    assertThat(get(restartedUrl + "/health")).isEqualTo(200);
    assertThat(Files.readAllBytes(dataDir.resolve(AimpointNode.TRACKING_KEY_FILE)))
        .isEqualTo(trackingKey);
    assertThat(Files.readAllBytes(dataDir.resolve(AimpointNode.PSEUDONYM_KEY_FILE)))
        .isEqualTo(pseudonymKey);
  }

  /** Starts {@code serve --port 0} and returns the base URL it prints once it is listening. */
  private String startServe() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                List.of(
                    java,
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "serve",
                    "--port",
                    "0",
                    "--data-dir",
                    dataDir.toString(),
                    "--admin-key",
                    "integration-admin-key-0123"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader stdout =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    // readLine blocks until the child prints; a child that dies ends the stream instead.
    for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("serve exited without serving; exit code " + exitCodeOrRunning());
  }

  private String exitCodeOrRunning() {
    return process.isAlive() ? "(still running)" : String.valueOf(process.exitValue());
  }

  private static int get(String url) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    }
  }
}
