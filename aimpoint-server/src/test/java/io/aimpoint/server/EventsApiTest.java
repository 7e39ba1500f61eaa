package io.aimpoint.server;

import static io.aimpoint.server.TestApi.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.server.TestApi.Response;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventsApiTest {
  private final TestApi api = new TestApi();
  private final String publisher = api.publisherKey();

  @AfterEach
  void tearDown() {
    api.close();
  }

  private static final String MIXED_BATCH =
      """
      {"events":[
        {"eventId":"e1","type":"page_view","userId":"u1","consent":true,
         "url":"https://news.example.com/a","category":"sports"},
        {"eventId":"e2","type":"search","userId":"u1"},
        {"eventId":"e3","type":"purchase","userId":"u2","item":"sku-9","amountMicros":"lots"},
        {"eventId":"e4","type":"ad_click","userId":"u2"},
        "not an event",
        {"eventId":"e5","type":"app","userId":"u3","action":"install","appId":"com.example"}
      ]}""";

  @Test
  void a_mixed_batch_stores_the_valid_events_and_names_each_bad_field() {
    Response r = api.post("/v1/events", publisher, MIXED_BATCH);

    assertThat(r.status()).isEqualTo(202);
    JsonNode body = r.json();
    assertThat(body.get("accepted").asInt()).isEqualTo(2);
    assertThat(body.get("rejected").asInt()).isEqualTo(4);
    JsonNode results = body.get("results");
    assertThat(results.findValuesAsText("status"))
        .containsExactly("accepted", "rejected", "rejected", "rejected", "rejected", "accepted");
    assertThat(results.get(1).get("errors").get(0).get("field").asText())
        .isEqualTo("events[1].query");
    assertThat(results.get(2).get("errors").get(0).get("field").asText())
        .isEqualTo("events[2].amountMicros");
    assertThat(results.get(3).get("errors").get(0).get("field").asText())
        .isEqualTo("events[3].type");
    assertThat(results.get(4).get("errors").get(0).get("field").asText()).isEqualTo("events[4]");
    assertThat(api.memory.events().endOffset()).isEqualTo(2);
  }

  @Test
  void a_retried_batch_is_idempotent() {
    api.post("/v1/events", publisher, MIXED_BATCH);
    Response retry = api.post("/v1/events", publisher, MIXED_BATCH);

    assertThat(retry.status()).isEqualTo(202);
    assertThat(retry.json().get("accepted").asInt()).isZero();
    assertThat(retry.json().get("duplicates").asInt()).isEqualTo(2);
    assertThat(api.memory.events().endOffset()).isEqualTo(2);
  }

  @Test
  void a_single_event_object_is_accepted() {
    Response r =
        api.post(
            "/v1/events",
            ADMIN_KEY,
            "{\"eventId\":\"s1\",\"type\":\"search\",\"userId\":\"u\",\"query\":\"shoes\"}");
    assertThat(r.status()).isEqualTo(202);
    assertThat(r.json().get("results").get(0).get("status").asText()).isEqualTo("accepted");
  }

  @Test
  void batches_over_1000_or_empty_are_refused_whole() {
    StringJoiner events = new StringJoiner(",", "[", "]");
    for (int i = 0; i < 1001; i++) {
      events.add(
          "{\"eventId\":\"e" + i + "\",\"type\":\"search\",\"userId\":\"u\",\"query\":\"q\"}");
    }
    Response tooMany = api.post("/v1/events", publisher, "{\"events\":" + events + "}");
    Response empty = api.post("/v1/events", publisher, "{\"events\":[]}");

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("errors").get(0).get("field").asText()).isEqualTo("events");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(api.memory.events().endOffset()).isZero();
  }

  @Test
  void events_count_in_metrics_by_outcome() {
    api.post("/v1/events", publisher, MIXED_BATCH);
    String metrics = api.get("/metrics", null).body();
    assertThat(metrics).contains("aimpoint_events_total{outcome=\"accepted\"} 2.0");
    assertThat(metrics).contains("aimpoint_events_total{outcome=\"rejected\"} 4.0");
  }

  @Test
  void near_duplicates_and_bad_timestamps_are_reported_per_event_and_counted_by_reason() {
    String view =
        "{\"eventId\":\"%s\",\"type\":\"page_view\",\"userId\":\"u9\",\"consent\":true,"
            + "\"url\":\"https://x.example/a\"%s}";
    Response r =
        api.post(
            "/v1/events",
            publisher,
            "["
                + view.formatted("n1", "")
                + ","
                + view.formatted("n2", "")
                + ","
                + view.formatted("n3", ",\"timestamp\":\"2099-01-01T00:00:00Z\"")
                + "]");

    assertThat(r.status()).isEqualTo(202);
    assertThat(r.json().get("nearDuplicates").asInt()).isEqualTo(1);
    assertThat(r.json().get("results").get(1).get("status").asText()).isEqualTo("near_duplicate");
    assertThat(r.json().get("results").get(1).get("reason").asText()).isEqualTo("near_duplicate");
    assertThat(r.json().get("results").get(2).get("reason").asText())
        .isEqualTo("timestamp_in_future");
    String metrics = api.get("/metrics", null).body();
    assertThat(metrics)
        .contains("aimpoint_events_rejected_total{reason=\"near_duplicate\"} 1.0")
        .contains("aimpoint_events_rejected_total{reason=\"timestamp_in_future\"} 1.0");
  }
}
