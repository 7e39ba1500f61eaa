package io.aimpoint.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.sim.run.RequestMapper;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.traffic.SimEvent;
import io.aimpoint.sim.traffic.TrafficGenerator;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code POST /v1/events} bodies as a publisher would send them: the behaviour events (page views
 * with their title and text, searches, purchases, social and app events) of the simulator's users,
 * {@code size} per batch ({@code {"events": [...]}}), without timestamps so that the server stamps
 * them on arrival. Every event has its own id, so nothing is a duplicate; users are taken in a
 * seeded random order and their days one after another, as a tag manager's queue would flush them.
 */
public final class EventBatches {
  private static final ObjectMapper JSON =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
  private static final int MAX_DAYS = 30;

  private EventBatches() {}

  /** Up to {@code batches} bodies of {@code size} events each. */
  public static List<byte[]> from(World world, int batches, int size, long seed) {
    if (batches < 1 || size < 1) {
      throw new IllegalArgumentException(
          "batches and size must be >= 1; batches=" + batches + ", size=" + size);
    }
    List<SimUser> users = new ArrayList<>(world.users());
    Collections.shuffle(users, new Random(seed));
    TrafficGenerator traffic = new TrafficGenerator(world);
    RequestMapper mapper = new RequestMapper(false);
    List<byte[]> bodies = new ArrayList<>(batches);
    List<EventInput> batch = new ArrayList<>(size);
    for (int day = 0; day < MAX_DAYS; day++) {
      for (SimUser user : users) {
        for (SimEvent e : traffic.day(user, day)) {
          if (e instanceof AdOpportunity) {
            continue;
          }
          batch.add(mapper.event(e, user));
          if (batch.size() == size) {
            bodies.add(json(batch));
            batch.clear();
            if (bodies.size() == batches) {
              return bodies;
            }
          }
        }
      }
    }
    return bodies;
  }

  static byte[] json(List<EventInput> events) {
    try {
      return JSON.writeValueAsBytes(Map.of("events", events));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an event batch", e);
    }
  }
}
