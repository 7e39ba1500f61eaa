package io.aimpoint.cli;

import io.aimpoint.engine.admin.ApiKeyService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint demo}: a server with the simulator's demo world (20 advertisers, 120 campaigns,
 * 360 zh/en creatives, 10,000 users) and its traffic playing in the background, plus the keys and
 * curl commands to try it. On a data directory that already holds the demo world it mints new keys
 * and resumes the traffic.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Starts a server with the simulator's demo world and its users' traffic in the"
            + " background, and prints the keys and curl commands to try it.")
public final class DemoCommand implements Callable<Integer> {
  static final Duration STATUS_INTERVAL = Duration.ofSeconds(30);

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      description =
          "Directory of the stores (default: a new temporary directory). A directory with a demo"
              + " world in it is resumed.")
  Path dataDir;

  @Option(
      names = "--speed",
      defaultValue = "60",
      description =
          "Simulated seconds per real second of the background traffic; 0 runs none"
              + " (default: ${DEFAULT-VALUE}, a simulated day in 24 minutes).")
  double speed;

  @Option(
      names = "--users",
      defaultValue = "10000",
      description = "Users of a new demo world, bots included (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--seed",
      defaultValue = "" + DemoWorld.DEFAULT_SEED,
      description = "Seed of a new demo world (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (!(speed >= 0) || users < 1) {
      throw new ParameterException(
          spec.commandLine(), "need --speed >= 0 and --users >= 1; speed=" + speed);
    }
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("aimpoint-demo-");
    AdminKey adminKey = AdminKey.resolve(null, System.getenv(), ApiKeyService::newSecret);
    Clock clock = Clock.systemUTC();
    DemoSession.Options options =
        new DemoSession.Options(
            new ServeOptions(port, dir, adminKey, null),
            DemoSession.Options.world(seed, users, clock),
            speed,
            null,
            STATUS_INTERVAL);
    spec.commandLine().getErr().println("aimpoint demo: setting up the demo world in " + dir);
    DemoSession session = DemoSession.start(options, clock, spec.commandLine().getOut());
    try {
      DemoWorld.writeKeys(session.world(), dir);
      DemoBanner.print(spec.commandLine().getOut(), session, adminKey, dir, speed);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    ServeCommand.awaitShutdown(session);
    return 0;
  }
}
