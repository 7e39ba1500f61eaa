package io.aimpoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRequestsTest {
  private static final World WORLD = World.generate(WorldConfig.demo(5).withUsers(200));

  @Test
  void builds_the_requested_number_of_decision_bodies_from_simulated_users() {
    List<byte[]> bodies = DecisionRequests.from(WORLD, 300, 1);

    assertThat(bodies).hasSize(300);
    String first = new String(bodies.getFirst(), StandardCharsets.UTF_8);
    assertThat(first).contains("\"placementId\"", "\"user\"", "\"context\"", "\"slots\"");
    assertThat(WORLD.users()).anyMatch(u -> first.contains(u.id()));
  }

  @Test
  void the_same_seed_gives_the_same_requests_and_another_seed_other_ones() {
    List<String> a = strings(DecisionRequests.from(WORLD, 50, 1));
    List<String> b = strings(DecisionRequests.from(WORLD, 50, 1));
    List<String> c = strings(DecisionRequests.from(WORLD, 50, 2));

    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  private static List<String> strings(List<byte[]> bodies) {
    return bodies.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
  }
}
