package io.aimpoint.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aimpoint.sim.run.RequestMapper;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.traffic.SimEvent;
import io.aimpoint.sim.traffic.TrafficGenerator;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Decision request bodies as a publisher would send them: the ad opportunities of the simulator's
 * users (their geo, device, age, consent, the page's text, keywords and language, the placement and
 * slot count), serialized once up front so that the load generator measures the server, not JSON
 * writing. Users are taken in a seeded random order, so a run's requests repeat exactly.
 */
public final class DecisionRequests {
  private static final ObjectMapper JSON =
      JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();

  /** Days of traffic looked at before giving up on finding {@code count} opportunities. */
  private static final int MAX_DAYS = 30;

  private DecisionRequests() {}

  /**
   * Up to {@code count} request bodies from {@code world}'s users' ad opportunities, starting on
   * day 0 and moving on to later days while more are needed.
   */
  public static List<byte[]> from(World world, int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1; count=" + count);
    }
    List<SimUser> users = new ArrayList<>(world.users());
    Collections.shuffle(users, new Random(seed));
    TrafficGenerator traffic = new TrafficGenerator(world);
    RequestMapper mapper = new RequestMapper(false);
    List<byte[]> bodies = new ArrayList<>(count);
    for (int day = 0; day < MAX_DAYS && bodies.size() < count; day++) {
      for (SimUser user : users) {
        for (SimEvent e : traffic.day(user, day)) {
          if (e instanceof AdOpportunity o) {
            bodies.add(json(mapper, o, user));
            if (bodies.size() == count) {
              return bodies;
            }
          }
        }
      }
    }
    if (bodies.isEmpty()) {
      throw new IllegalStateException("the world's users asked for no ad in " + MAX_DAYS + " days");
    }
    return bodies;
  }

  private static byte[] json(RequestMapper mapper, AdOpportunity o, SimUser user) {
    try {
      return JSON.writeValueAsBytes(mapper.adRequest(o, user));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the request of " + o.eventId(), e);
    }
  }
}
