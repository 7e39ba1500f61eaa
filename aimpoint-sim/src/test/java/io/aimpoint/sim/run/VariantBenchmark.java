package io.aimpoint.sim.run;

import io.aimpoint.engine.creative.VariantPolicy;
import io.aimpoint.sim.world.WorldConfig;
import java.util.List;

/**
 * Prints {@link VariantMeasurement}'s table (docs/benchmarks.md). Not a test: run with {@code java
 * -cp <aimpoint-sim test classpath> io.aimpoint.sim.run.VariantBenchmark USERS HOURS WINDOW
 * ADVERTISERS CAMPAIGNS CREATIVES SEED}.
 */
public final class VariantBenchmark {
  private VariantBenchmark() {}

  public static void main(String[] args) {
    int users = Integer.parseInt(args[0]);
    int hours = Integer.parseInt(args[1]);
    int window = Integer.parseInt(args[2]);
    WorldConfig world =
        new WorldConfig(
                Long.parseLong(args[6]),
                users,
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                0.10,
                0.03,
                WorldConfig.DEFAULT_START)
            .withTitleVariants(1.0);
    long started = System.nanoTime();
    List<VariantMeasurement.Result> results =
        VariantMeasurement.run(
            world,
            hours,
            window,
            List.of(VariantPolicy.THOMPSON, VariantPolicy.UNIFORM),
            InMemory.STORES);
    System.out.print(VariantMeasurement.render(results));
    System.out.printf("wall time %.1f s%n", (System.nanoTime() - started) / 1e9);
  }
}
