package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.feature.FeatureHasher;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class LogsReaderTest {
  // Two lines in the format of the simulator's ImpressionLogs (docs/simulator.md), then bad ones.
  public static final String FIRST =
      """
      {"decisionId":"d1","time":"2026-03-02T07:15:00Z","policy":"engine","userKey":"k1",\
      "userId":"sim-1","age":34,"gender":"FEMALE","country":"CN","region":"SH","city":"Shanghai",\
      "device":"MOBILE","consent":true,"bot":false,"placementId":"article-side","slot":0,\
      "url":"https://news.example/tech/1","pageCategory":"tech","language":"zh",\
      "keywords":["手机","5G"],"query":null,"advertiserId":"a1","campaignId":"c1",\
      "creativeId":"cr1","creativeCategory":"electronics","creativeLanguage":"zh","bidType":"CPC",\
      "bidMicros":500000,"priceMicros":400000,"ecpmMicros":9000000,"enginePCtr":0.02,\
      "truePCtr":0.031,"truePCvr":0.05,"exposures":2,"clicked":true,"converted":false,\
      "conversionValueMicros":0}""";
  public static final String SECOND =
      """
      {"decisionId":"d2","time":"2026-03-03T22:00:00Z","policy":"engine","userKey":null,\
      "userId":"sim-2","age":null,"gender":null,"country":"US","region":null,"city":null,\
      "device":"DESKTOP","consent":false,"bot":true,"placementId":"search-top","slot":1,\
      "url":"https://search.example/q","pageCategory":"travel","language":"en","keywords":[],\
      "query":"cheap flights","advertiserId":"a2","campaignId":"c2","creativeId":"cr2",\
      "creativeCategory":"travel","creativeLanguage":"en","bidType":"CPM","bidMicros":3000000,\
      "priceMicros":2000000,"ecpmMicros":3000000,"enginePCtr":null,"truePCtr":0.004,\
      "truePCvr":0.01,"exposures":9,"clicked":false,"converted":false,\
      "conversionValueMicros":0}""";

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
  void parses_a_simulator_impression_log_with_labels_groups_and_true_probabilities()
      throws IOException {
    FeatureHasher hasher = LogsReader.hasher(18);
    try (LogsReader reader = LogsReader.open(gzip(FIRST, SECOND), hasher)) {
      Example first = reader.next();
      assertThat(reader.truePCtr(first)).isEqualTo(0.031);
      Example second = reader.next();
      assertThat(reader.truePCtr(second)).isEqualTo(0.004);
      assertThat(reader.truePCtr(first)).isNaN(); // only the latest example's truth is kept
      assertThat(reader.hasNext()).isFalse();

      assertThat(first.label()).isEqualTo(1);
      assertThat(second.label()).isEqualTo(0);
      assertThat(first.group()).isEqualTo(Example.groupId("k1"));
      assertThat(second.group()).isEqualTo(Example.groupId("sim-2")); // no key: the user id
      // one feature per field, two keywords in the first row, plus the four crosses
      assertThat(first.features().size()).isEqualTo(LogsReader.FIELDS.size() + 1 + 4);
      assertThat(second.features().size()).isEqualTo(LogsReader.FIELDS.size() + 4);
      assertThat(reader.timeRange())
          .hasValue(
              new LogsReader.TimeRange(
                  Instant.parse("2026-03-02T07:15:00Z"), Instant.parse("2026-03-03T22:00:00Z")));
      assertThat(reader.report().badLines()).isZero();
    }
  }

  @Test
  void hashes_the_documented_fields() throws IOException {
    FeatureHasher hasher = LogsReader.hasher(20);
    try (LogsReader reader = LogsReader.open(gzip(FIRST), hasher)) {
      Example e = reader.next();
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < e.features().size(); i++) {
        indices.add(e.features().index(i));
      }
      assertThat(indices)
          .contains(
              hasher.index(hasher.fieldId("creative"), "cr1"),
              hasher.index(hasher.fieldId("context_category"), "tech"),
              hasher.index(hasher.fieldId("keyword"), "5G"),
              hasher.index(hasher.fieldId("site"), "news.example"),
              hasher.index(
                  hasher.fieldId("exposures"), hasher.valueHash(hasher.fieldId("exposures"), 2L)),
              hasher.index(
                  hasher.fieldId("hour_of_day"),
                  hasher.valueHash(hasher.fieldId("hour_of_day"), 7L)));
    }
  }

  @Test
  void reports_bad_lines_with_their_numbers_and_keeps_reading() throws IOException {
    Path file =
        gzip(FIRST, "{not json", "{\"time\":\"2026-03-02T00:00:00Z\"}", "", SECOND, "[1,2]");
    try (LogsReader reader = LogsReader.open(file, LogsReader.hasher(16))) {
      assertThat(readAll(reader)).hasSize(2);
      ReadReport report = reader.report();
      assertThat(report.badLines()).isEqualTo(3);
      assertThat(report.firstBadLines())
          .extracting(ReadReport.BadLine::lineNumber)
          .containsExactly(2L, 3L, 6L);
      assertThat(report.firstBadLines().get(1).reason()).contains("clicked");
    }
  }

  @Test
  void host_is_taken_from_urls_without_full_parsing() {
    assertThat(LogsReader.host("https://a.example:8080/x?y")).isEqualTo("a.example");
    assertThat(LogsReader.host("a.example/path")).isEqualTo("a.example");
    assertThat(LogsReader.host(null)).isNull();
  }
}
