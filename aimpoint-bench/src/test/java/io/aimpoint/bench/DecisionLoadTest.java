package io.aimpoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator against a JDK HTTP server on port 0 that answers by the request body. */
class DecisionLoadTest {
  private HttpServer server;
  private final AtomicInteger unauthorized = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/decisions",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (!"Bearer pk-test".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            unauthorized.incrementAndGet();
          }
          int status = body.contains("fail") ? 503 : 200;
          String answer =
              body.contains("fill") ? "{\"ads\":[{\"impressionUrl\":\"x\"}]}" : "{\"ads\":[]}";
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void counts_filled_empty_and_failed_answers_and_records_every_latency() throws Exception {
    List<byte[]> bodies =
        List.of(bytes("{\"fill\":1}"), bytes("{\"empty\":1}"), bytes("{\"fail\":1}"));

    LoadResult r = new DecisionLoad(options(3, Duration.ofMillis(300)), bodies).run();

    assertThat(r.requests()).isGreaterThan(30);
    // Three threads start at offsets 0, 1, 2 and step by 3: each sends one kind of body only.
    assertThat(r.filled()).isPositive();
    assertThat(r.non2xx()).isPositive();
    assertThat(r.filled() + r.non2xx()).isLessThan(r.requests());
    assertThat(r.errors()).isEqualTo(r.non2xx());
    assertThat(r.latencyNanos().getTotalCount()).isEqualTo(r.requests());
    assertThat(r.latencyMillis(50)).isPositive().isLessThanOrEqualTo(r.latencyMillis(99.9));
    assertThat(r.throughput()).isPositive();
    assertThat(unauthorized).hasValue(0);
  }

  @Test
  void a_server_that_is_gone_counts_as_failures_not_latencies() throws Exception {
    server.stop(0);

    LoadResult r = new DecisionLoad(options(1, Duration.ofMillis(100)), List.of(bytes("{}"))).run();

    assertThat(r.failures()).isEqualTo(r.requests()).isPositive();
    assertThat(r.latencyNanos().getTotalCount()).isZero();
  }

  @Test
  void writes_the_table_and_the_json(@TempDir Path dir) throws Exception {
    LoadResult r =
        new DecisionLoad(options(2, Duration.ofMillis(200)), List.of(bytes("{\"fill\":1}"))).run();

    Path file = dir.resolve("out/bench.json");
    LoadReport.writeJson(r, file);

    assertThat(LoadReport.table(r)).contains("req/s", "p50", "p99 ", "p999", "errors");
    assertThat(Files.readString(file))
        .contains("\"throughputPerSecond\"", "\"p999\"", "\"timeouts\" : 0");
    assertThat(LoadReport.label(99.9)).isEqualTo("999");
    assertThat(LoadReport.label(50)).isEqualTo("50");
  }

  private LoadOptions options(int threads, Duration duration) {
    return new LoadOptions(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        "pk-test",
        duration,
        Duration.ofMillis(50),
        threads,
        Duration.ofSeconds(5));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
