package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.ml.feature.SnapshotEncoder;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class LogsReaderTest {
  // Two lines as the simulator exports them (docs/simulator.md): the training columns, the raw
  // feature snapshots, and the simulator's truth columns.
  public static final String FIRST =
      """
      {"decisionId":"d1","time":"2026-03-02T07:15:00Z","userKey":"k1","placementId":"article-side",\
      "slot":0,"advertiserId":"a1","campaignId":"c1","creativeId":"cr1","bidType":"CPC",\
      "priceMicros":400000,"ecpmMicros":9000000,"propensity":1.0,"clicked":true,\
      "converted":false,"request":{"tokens":{"user.gender":["female"],\
      "context.keywords":["手机","5g"],"context.site":["news.example"],"time.hour":["15"]},\
      "weights":{},"numbers":{"user.age":34.0}},"candidate":{"tokens":{"ad.creative":["cr1"],\
      "ad.categories":["electronics"]},"numbers":{"exposure.campaign_impressions":2.0,\
      "text.context_cosine":0.62}},"policy":"engine","userId":"sim-1","bot":false,\
      "truePCtr":0.031,"truePCvr":0.05}""";
  public static final String SECOND =
      """
      {"decisionId":"d2","time":"2026-03-03T22:00:00Z","userKey":null,"placementId":"search-top",\
      "slot":1,"advertiserId":"a2","campaignId":"c2","creativeId":"cr2","bidType":"CPM",\
      "priceMicros":2000000,"ecpmMicros":3000000,"propensity":0.5,"clicked":false,\
      "converted":false,"request":{"tokens":{"context.query":["yes"]}},\
      "candidate":{"tokens":{"ad.creative":["cr2"]}},"policy":"engine","userId":"sim-2",\
      "bot":true,"truePCtr":0.004,"truePCvr":0.01}""";

  private static final SnapshotEncoder ENCODER = SnapshotEncoder.defaults();

  @TempDir Path dir;

  private Path gzip(String... lines) throws IOException {
    Path file = dir.resolve("impressions-engine.jsonl.gz");
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    }
    return file;
  }

  private static List<Example> readAll(ExampleReader reader) {
    List<Example> all = new ArrayList<>();
    reader.forEachRemaining(all::add);
    return all;
  }

  @Test
  void parses_an_impression_log_with_labels_groups_and_true_probabilities() throws IOException {
    try (LogsReader reader = LogsReader.open(gzip(FIRST, SECOND), ENCODER)) {
      Example first = reader.next();
      assertThat(reader.truePCtr(first)).isEqualTo(0.031);
      assertThat(reader.truePCvr(first)).isEqualTo(0.05);
      Example second = reader.next();
      assertThat(reader.truePCtr(second)).isEqualTo(0.004);
      assertThat(reader.truePCtr(first)).isNaN(); // only the latest example's truth is kept
      assertThat(reader.hasNext()).isFalse();

      assertThat(first.label()).isEqualTo(1);
      assertThat(second.label()).isEqualTo(0);
      assertThat(first.group()).isEqualTo(Example.groupId("k1"));
      assertThat(second.group()).isEqualTo(Example.groupId("sim-2")); // no key: the user id
      assertThat(reader.timeRange())
          .hasValue(
              new LogsReader.TimeRange(
                  Instant.parse("2026-03-02T07:15:00Z"), Instant.parse("2026-03-03T22:00:00Z")));
      assertThat(reader.report().badLines()).isZero();
    }
  }

  @Test
  void features_are_the_encoders_features_of_the_logged_snapshots() throws IOException {
    FeatureSnapshot request =
        new FeatureSnapshot(
            Map.of(
                "user.gender", List.of("female"),
                "context.keywords", List.of("手机", "5g"),
                "context.site", List.of("news.example"),
                "time.hour", List.of("15")),
            Map.of(),
            Map.of("user.age", 34.0));
    FeatureSnapshot candidate =
        new FeatureSnapshot(
            Map.of("ad.creative", List.of("cr1"), "ad.categories", List.of("electronics")),
            Map.of(),
            Map.of("exposure.campaign_impressions", 2.0, "text.context_cosine", 0.62));
    String inThirdSlot = FIRST.replace("\"slot\":0", "\"slot\":2");
    try (LogsReader reader = LogsReader.open(gzip(FIRST, inThirdSlot), ENCODER)) {
      // the logged slot is the candidate's position (serving scored it at position 0)
      assertThat(reader.next().features())
          .isEqualTo(ENCODER.encode(request, candidate.withNumber(LoggedImpression.POSITION, 0)));
      assertThat(reader.next().features())
          .isEqualTo(ENCODER.encode(request, candidate.withNumber(LoggedImpression.POSITION, 2)))
          .isNotEqualTo(
              ENCODER.encode(request, candidate.withNumber(LoggedImpression.POSITION, 0)));
    }
  }

  @Test
  void the_label_can_be_the_conversion() throws IOException {
    String converted = FIRST.replace("\"converted\":false", "\"converted\":true");
    try (LogsReader reader =
        new LogsReader(
            Inputs.open(gzip(converted, SECOND)),
            "t",
            ENCODER,
            ReaderOptions.DEFAULTS,
            LogsReader.Label.CONVERTED)) {
      Example first = reader.next();
      assertThat(first.label()).isEqualTo(1);
      assertThat(reader.clicked(first)).isTrue();
      assertThat(reader.next().label()).isZero();
    }
  }

  @Test
  void reports_bad_lines_with_their_numbers_and_keeps_reading() throws IOException {
    String oldFormat =
        "{\"clicked\":false,\"time\":\"2026-03-02T00:00:00Z\",\"age\":34,\"campaignId\":\"c\"}";
    String badSnapshot = "{\"clicked\":true,\"request\":{\"tokens\":{\"user.gender\":\"female\"}}}";
    String badWeights =
        "{\"clicked\":true,\"request\":{\"tokens\":{\"user.interests\":[\"a\"]},"
            + "\"weights\":{\"user.interests\":[1.0,2.0]}}}";
    Path file =
        gzip(
            FIRST,
            "{not json",
            "{\"time\":\"2026-03-02T00:00:00Z\"}",
            "",
            SECOND,
            "[1,2]",
            oldFormat,
            badSnapshot,
            badWeights,
            FIRST.replace("\"slot\":0", "\"slot\":-1"));
    try (LogsReader reader = LogsReader.open(file, ENCODER)) {
      assertThat(readAll(reader)).hasSize(2);
      ReadReport report = reader.report();
      assertThat(report.badLines()).isEqualTo(7);
      assertThat(report.firstBadLines())
          .extracting(ReadReport.BadLine::lineNumber)
          .containsExactly(2L, 3L, 6L, 7L, 8L, 9L, 10L);
      assertThat(report.firstBadLines().get(1).reason()).contains("clicked");
      assertThat(report.firstBadLines().get(3).reason()).contains("older format");
      assertThat(report.firstBadLines().get(4).reason())
          .contains("request.tokens.user.gender", "array");
      assertThat(report.firstBadLines().get(5).reason()).contains("one token each");
      assertThat(report.firstBadLines().get(6).reason()).contains("slot");
    }
  }

  @Test
  void written_lines_read_back_to_the_same_snapshots() throws IOException {
    FeatureSnapshot request =
        FeatureSnapshot.builder()
            .weighted("user.interests", List.of("tech", "travel"), List.of(3.1415926535, 0.1))
            .number("user.age", 34)
            .number("user.rfm.recency_hours", 1.0 / 3)
            .token("user.gender", "female")
            .build();
    FeatureSnapshot candidate =
        FeatureSnapshot.builder().number("text.context_cosine", 0.1f * 7).build();
    LoggedImpression line =
        new LoggedImpression(
            "d",
            "2026-03-02T07:15:00Z",
            "u",
            "p",
            0,
            "a",
            "c",
            "cr",
            "CPM",
            1,
            2,
            1.0,
            true,
            false,
            request,
            candidate);
    Path file = dir.resolve("out/lines.jsonl.gz");
    try (LoggedImpressions.Writer w = LoggedImpressions.writer(file)) {
      w.write(line);
    }
    try (LogsReader reader = LogsReader.open(file, ENCODER)) {
      assertThat(reader.next().features())
          .isEqualTo(ENCODER.encode(request, candidate.withNumber(LoggedImpression.POSITION, 0)));
    }
    String json = LoggedImpressions.toJson(line);
    var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(LoggedImpressions.snapshot(node.get("request"), "request")).isEqualTo(request);
    assertThat(LoggedImpressions.snapshot(node.get("candidate"), "candidate")).isEqualTo(candidate);
  }
}
