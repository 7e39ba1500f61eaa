package io.aimpoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventBatchesTest {
  private static final World WORLD = World.generate(WorldConfig.demo(5).withUsers(200));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void builds_batches_of_behaviour_events_with_distinct_ids_and_no_timestamps() throws Exception {
    List<byte[]> bodies = EventBatches.from(WORLD, 20, 100, 1);

    assertThat(bodies).hasSize(20);
    Set<String> ids = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (byte[] body : bodies) {
      JsonNode events = JSON.readTree(body).path("events");
      assertThat(events.size()).isEqualTo(100);
      for (JsonNode e : events) {
        assertThat(ids.add(e.path("eventId").asText())).isTrue();
        assertThat(e.has("timestamp")).isFalse();
        types.add(e.path("type").asText());
      }
    }
    assertThat(types).contains("page_view", "search").doesNotContain("ad_opportunity");
  }

  @Test
  void the_same_seed_gives_the_same_batches() {
    assertThat(EventBatches.from(WORLD, 3, 50, 1))
        .zipSatisfy(EventBatches.from(WORLD, 3, 50, 1), (a, b) -> assertThat(a).isEqualTo(b));
  }
}
