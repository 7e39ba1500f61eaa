package io.aimpoint.bench;

import io.aimpoint.engine.Stores;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.run.ProgressListener;
import io.aimpoint.sim.run.ReportTable;
import io.aimpoint.sim.run.Simulation;
import io.aimpoint.sim.run.SimulationOptions;
import io.aimpoint.sim.run.SimulationReport;
import io.aimpoint.sim.run.StoresFactory;
import io.aimpoint.sim.world.WorldConfig;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Exports large simulator impression logs quickly: {@code aimpoint simulate --export-logs} with the
 * engine on the testkit's in-memory stores instead of the embedded H2/RocksDB ones, whose per-event
 * transactions dominate a long simulation (profiled: the ledger's impression and reservation
 * transactions and the counter store). The stores are ports with shared contract tests, so the
 * engine decides the same way; only the cost of persistence is gone. Run by hand with the test
 * classpath (docs/benchmarks.md):
 *
 * <pre>
 * java -Xmx12g -cp BENCH_TEST_CLASSPATH io.aimpoint.bench.InMemorySimulationExport \
 *     USERS HOURS SEED POLICIES OUT_DIR
 * </pre>
 */
public final class InMemorySimulationExport {
  private InMemorySimulationExport() {}

  public static void main(String[] args) {
    if (args.length != 5) {
      System.err.println("usage: InMemorySimulationExport USERS HOURS SEED POLICIES OUT_DIR");
      System.exit(2);
    }
    int users = Integer.parseInt(args[0]);
    int hours = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    List<Policy> policies = Arrays.stream(args[3].split(",")).map(Policy::parse).toList();
    Path out = Path.of(args[4]);
    SimulationOptions options =
        new SimulationOptions(WorldConfig.demo(seed).withUsers(users), hours, policies, out);
    StoresFactory memory =
        clock -> {
          InMemoryStores m = InMemoryStores.create(clock);
          return new StoresFactory.OpenStores(
              new Stores(
                  m.campaigns(), m.apiKeys(), m.events(), m.profiles(), m.counters(), m.ledger()),
              () -> {});
        };
    long started = System.nanoTime();
    SimulationReport report = new Simulation(options).run(memory, ProgressListener.NONE);
    System.out.print(ReportTable.render(report));
    System.out.printf("wall time %.1f s%n", (System.nanoTime() - started) / 1e9);
  }
}
