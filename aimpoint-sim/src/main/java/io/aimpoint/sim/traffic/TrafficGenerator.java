package io.aimpoint.sim.traffic;

import io.aimpoint.sim.world.Sampling;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates a user's behaviour in a time window. Sessions form an inhomogeneous Poisson process
 * whose rate in each hour is {@code sessionsPerDay * rhythm(local hour)} per hour; each session is
 * written by {@link SessionWriter}. Nothing here reads a clock: the window and the random generator
 * are given, so the same inputs give the same events.
 */
public final class TrafficGenerator {
  private static final long TRAFFIC_STREAM = 0x7AFF1CL;

  private final World world;
  private final SessionWriter writer;

  public TrafficGenerator(World world) {
    this.world = world;
    this.writer = new SessionWriter(world);
  }

  /**
   * The user's events with {@code from <= at < to}, in time order, drawn from {@code rng}. Sessions
   * that start before {@code to} but would run past it are cut at {@code to}.
   */
  public List<SimEvent> generate(SimUser user, Instant from, Instant to, RandomGenerator rng) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "window must not end before it starts; from=" + from + ", to=" + to);
    }
    ZoneId zone = ZoneId.of(user.origin().zoneId());
    List<SimEvent> events = new ArrayList<>();
    Instant hourStart = from.truncatedTo(ChronoUnit.HOURS);
    while (hourStart.isBefore(to)) {
      Instant hourEnd = hourStart.plus(Duration.ofHours(1));
      Instant lo = hourStart.isBefore(from) ? from : hourStart;
      Instant hi = hourEnd.isAfter(to) ? to : hourEnd;
      long seconds = Duration.between(lo, hi).getSeconds();
      int localHour = hourStart.atZone(zone).getHour();
      double mean =
          user.traits().sessionsPerDay()
              * user.traits().rhythm().weight(localHour)
              * seconds
              / 3600.0;
      int sessions = Sampling.poisson(rng, mean);
      for (int s = 0; s < sessions; s++) {
        Instant start = lo.plusSeconds(seconds == 0 ? 0 : rng.nextLong(seconds));
        writer.write(user, start, rng, events);
      }
      hourStart = hourEnd;
    }
    events.removeIf(e -> !e.at().isBefore(to));
    events.sort(Comparator.comparing(SimEvent::at).thenComparing(SimEvent::eventId));
    return events;
  }

  /**
   * The user's events on simulated day {@code day} (day 0 starts at the world's start), drawn from
   * a generator seeded by (user seed, day): independent of which other users or days are generated,
   * and in which order.
   */
  public List<SimEvent> day(SimUser user, int day) {
    if (day < 0) {
      throw new IllegalArgumentException("day must be >= 0; day=" + day);
    }
    Instant from = world.config().start().plus(Duration.ofDays(day));
    SplittableRandom rng = new SplittableRandom(Sampling.seed(user.seed(), TRAFFIC_STREAM, day));
    return generate(user, from, from.plus(Duration.ofDays(1)), rng);
  }
}
