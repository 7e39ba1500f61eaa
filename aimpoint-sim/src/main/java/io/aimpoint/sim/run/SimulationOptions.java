package io.aimpoint.sim.run;

import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.world.WorldConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * What to simulate.
 *
 * @param world the world to generate (its seed seeds everything else too)
 * @param hours simulated hours from the world's start, at least 1
 * @param policies the policies to compare, each in its own engine, in this order
 * @param exportDir where to write the served-impression logs, or null for none
 */
public record SimulationOptions(
    WorldConfig world, int hours, List<Policy> policies, Path exportDir) {
  /** At most 10 years: reports by day are bounded and nobody waits that long anyway. */
  public static final int MAX_HOURS = 24 * 3650;

  public SimulationOptions {
    if (world == null) {
      throw new IllegalArgumentException("world is required");
    }
    if (hours < 1 || hours > MAX_HOURS) {
      throw new IllegalArgumentException("hours must be in 1.." + MAX_HOURS + "; hours=" + hours);
    }
    if (policies == null || policies.isEmpty()) {
      throw new IllegalArgumentException("at least one policy is required; policies=" + policies);
    }
    if (policies.stream().distinct().count() != policies.size()) {
      throw new IllegalArgumentException("policies must not repeat; policies=" + policies);
    }
    policies = List.copyOf(policies);
  }

  /** All three policies. */
  public static SimulationOptions of(WorldConfig world, int hours) {
    return new SimulationOptions(
        world, hours, List.of(Policy.RANDOM, Policy.ENGINE, Policy.ORACLE), null);
  }

  public long seed() {
    return world.seed();
  }
}
