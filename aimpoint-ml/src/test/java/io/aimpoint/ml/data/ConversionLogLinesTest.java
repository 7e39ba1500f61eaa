package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.FeatureSpec;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionLogLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SNAPSHOTS =
      "\"userKey\":\"k1\",\"creativeId\":\"cr1\",\"request\":{\"tokens\":{\"user.key\":[\"k1\"]}},"
          + "\"candidate\":{\"tokens\":{\"ad.creative\":[\"cr1\"]}}";

  private static String line(boolean clicked, boolean converted) {
    return "{"
        + SNAPSHOTS
        + ",\"truePCtr\":0.031,\"truePCvr\":0.05,\"clicked\":"
        + clicked
        + ",\"converted\":"
        + converted
        + "}";
  }

  @Test
  void a_clicked_impression_is_labelled_by_its_conversion_with_the_true_cvr() throws Exception {
    JsonNode converted =
        JSON.readTree(ConversionLogLines.relabel(line(true, true).replace(":true,", ": true,")));
    assertThat(converted.get("clicked").booleanValue()).isTrue();
    assertThat(converted.get("truePCtr").doubleValue()).isEqualTo(0.05);
    assertThat(converted.get("creativeId").asText()).isEqualTo("cr1");

    JsonNode notConverted = JSON.readTree(ConversionLogLines.relabel(line(true, false)));
    assertThat(notConverted.get("clicked").booleanValue()).isFalse();
  }

  @Test
  void impressions_without_a_click_become_blank_lines_however_they_are_spaced() {
    assertThat(ConversionLogLines.relabel(line(false, false))).isEmpty();
    assertThat(ConversionLogLines.relabel("{\"clicked\" : false, \"converted\": false}")).isEmpty();
  }

  @Test
  void a_missing_true_cvr_removes_the_true_ctr_so_no_wrong_truth_is_reported() throws Exception {
    String line = "{\"clicked\":true,\"converted\":true,\"truePCtr\":0.2}";
    JsonNode relabelled = JSON.readTree(ConversionLogLines.relabel(line));
    assertThat(relabelled.has("truePCtr")).isFalse();
  }

  @Test
  void reading_the_view_keeps_line_numbers_and_rejects_clicks_without_a_conversion_outcome()
      throws Exception {
    String text =
        String.join(
            "\n",
            List.of(
                line(false, false),
                line(true, false),
                "not json",
                "{\"clicked\":true,\"truePCvr\":0.1," + SNAPSHOTS + "}",
                line(true, true)));
    var view =
        new BufferedReader(new ConversionLogLines(new BufferedReader(new StringReader(text))));
    FeatureSpec spec = FeatureSpec.defaults(DataFormat.LOGS, 20, null);
    try (ExampleReader reader = spec.reader(view, "view")) {
      List<Example> examples = reader.stream().toList();
      assertThat(examples).extracting(Example::label).containsExactly(0, 1);
      ReadReport report = reader.report();
      assertThat(report.badLines()).isEqualTo(2);
      assertThat(report.firstBadLines())
          .extracting(ReadReport.BadLine::lineNumber)
          .containsExactly(3L, 4L);
      assertThat(report.firstBadLines().get(1).excerpt()).contains("'converted' must be");
    }
  }
}
