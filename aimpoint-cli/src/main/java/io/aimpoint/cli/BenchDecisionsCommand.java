package io.aimpoint.cli;

import io.aimpoint.bench.DecisionLoad;
import io.aimpoint.bench.DecisionRequests;
import io.aimpoint.bench.LoadOptions;
import io.aimpoint.bench.LoadReport;
import io.aimpoint.bench.LoadResult;
import io.aimpoint.engine.admin.ApiKeyService;
import io.aimpoint.sim.world.World;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint bench decisions}: closed-loop load on {@code POST /v1/decisions} with requests of
 * the simulator's users, against a running server ({@code --target URL --key KEY}) or a server it
 * starts in this process on a temporary data directory with the demo world (the same setup as
 * {@code aimpoint demo}, without background traffic unless {@code --with-traffic}).
 */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Load-tests POST /v1/decisions: throughput, p50/p90/p99/p999/max latency, errors.")
public final class BenchDecisionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--duration",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long to measure, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Load before measuring, not counted (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--threads",
      description = "Concurrent connections (default: twice the available cores).")
  int threads;

  @Option(names = "--target", description = "Base URL of a running server (default: in-process).")
  String target;

  @Option(names = "--key", description = "Publisher API key of the --target server.")
  String key;

  @Option(names = "--json", description = "Also write the results as JSON to this file.")
  Path json;

  @Option(
      names = "--users",
      defaultValue = "10000",
      description = "Users of the demo world the requests come from (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--requests",
      defaultValue = "20000",
      description = "Distinct request bodies, sent round-robin (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--seed",
      defaultValue = "" + DemoWorld.DEFAULT_SEED,
      description = "Seed of the world and the request order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--with-traffic",
      description = "In-process only: also play the demo traffic (at --speed) during the run.")
  boolean withTraffic;

  @Option(
      names = "--speed",
      defaultValue = "60",
      description = "Speed of --with-traffic, simulated s per s (default: ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--data-dir",
      description =
          "In-process only: data directory (default: a temporary one, deleted afterwards). Its"
              + " file system decides what the event log's fsync costs.")
  Path dataDir;

  @Option(
      names = "--timeout",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "A request slower than this counts as a timeout (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--no-embedder",
      description = "In-process only: run the server without the text embedder.")
  boolean noEmbedder;

  @Override
  public Integer call() throws Exception {
    if ((target == null) != (key == null)) {
      throw new ParameterException(spec.commandLine(), "--target and --key go together");
    }
    int connections = threads > 0 ? threads : LoadOptions.defaultThreads();
    PrintWriter out = spec.commandLine().getOut();
    LoadResult result = target != null ? remote(connections, out) : inProcess(connections, out);
    out.print(LoadReport.table(result));
    if (json != null) {
      LoadReport.writeJson(result, json);
      out.printf("Results written to %s%n", json);
    }
    out.flush();
    return result.requests() > 0 && result.errors() == 0 ? 0 : 1;
  }

  private LoadResult remote(int connections, PrintWriter out) throws InterruptedException {
    World world = World.generate(DemoSession.Options.world(seed, users, Clock.systemUTC()));
    out.printf("Target: %s; %d connections%n", target, connections);
    return load(URI.create(target), key, world, connections, out);
  }

  private LoadResult inProcess(int connections, PrintWriter out) throws Exception {
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("aimpoint-bench-");
    AdminKey admin = new AdminKey(ApiKeyService.newSecret(), AdminKey.Source.GENERATED);
    DemoSession.Options options =
        new DemoSession.Options(
            new ServeOptions(0, dir, admin, null).withTextEmbedder(!noEmbedder),
            DemoSession.Options.world(seed, users, Clock.systemUTC()),
            withTraffic ? speed : 0,
            null,
            withTraffic ? DemoCommand.STATUS_INTERVAL : null);
    out.printf("Setting up an in-process server with the demo world in %s ...%n", dir);
    out.flush();
    try (DemoSession session = DemoSession.start(options, Clock.systemUTC(), out)) {
      out.printf(
          "Target: in-process server at %s (%d users%s); %d connections%n",
          session.node().baseUrl(), users, withTraffic ? ", with demo traffic" : "", connections);
      return load(
          URI.create(session.node().baseUrl()),
          session.world().publisherKey().secret(),
          session.world().world(),
          connections,
          out);
    } finally {
      if (dataDir == null) {
        deleteTree(dir);
      }
    }
  }

  private LoadResult load(
      URI uri, String publisherKey, World world, int connections, PrintWriter out)
      throws InterruptedException {
    List<byte[]> bodies = DecisionRequests.from(world, requests, seed);
    LoadOptions options =
        new LoadOptions(uri, publisherKey, duration, warmup, connections, timeout);
    out.printf(
        "Warming up for %s, then measuring for %s with %d distinct requests ...%n",
        human(warmup), human(duration), bodies.size());
    out.flush();
    return new DecisionLoad(options, bodies).run();
  }

  private static String human(Duration d) {
    return d.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
