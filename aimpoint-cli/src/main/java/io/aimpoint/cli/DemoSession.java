package io.aimpoint.cli;

import io.aimpoint.sim.client.InProcessEngineClient;
import io.aimpoint.sim.run.LiveTraffic;
import io.aimpoint.sim.world.WorldConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running demo: an {@link AimpointNode} with the {@link DemoWorld} installed and, optionally, the
 * world's {@link LiveTraffic} playing against its engine on a background thread, with a one-line
 * status every {@link Options#statusInterval}. {@link #close} stops the traffic before the node, so
 * no call is left writing to closed stores.
 *
 * <p>The traffic calls the engine's services in this process (no HTTP): the server stays free for
 * the person trying the API, and the demo runs on two cores.
 */
public final class DemoSession implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DemoSession.class);

  /** Longest {@link #close} waits for the traffic thread to finish its current call. */
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  /**
   * What a demo run needs.
   *
   * @param serve port, data directory, admin key and base URL of the server
   * @param world the world to create when the data directory holds none
   * @param speed simulated seconds per real second of the traffic; 0 runs no traffic
   * @param horizon simulated time the traffic plays before it ends; null plays until closed
   * @param statusInterval real time between status lines; null prints none
   */
  public record Options(
      ServeOptions serve,
      WorldConfig world,
      double speed,
      Duration horizon,
      Duration statusInterval) {
    public Options {
      Objects.requireNonNull(serve, "serve");
      Objects.requireNonNull(world, "world");
      if (!(speed >= 0)) {
        throw new IllegalArgumentException("speed must be >= 0; speed=" + speed);
      }
    }

    /** The demo world with {@code users} users and {@code seed}, starting this hour. */
    public static WorldConfig world(long seed, int users, Clock clock) {
      WorldConfig demo = WorldConfig.demo(seed).withUsers(users);
      return new WorldConfig(
          seed,
          users,
          demo.advertisers(),
          demo.campaignsPerAdvertiser(),
          demo.creativesPerCampaign(),
          demo.shareWithoutConsent(),
          demo.botShare(),
          clock.instant().truncatedTo(ChronoUnit.HOURS));
    }
  }

  private final AimpointNode node;
  private final DemoWorld.Installed world;
  private final LiveTraffic traffic;
  private final Thread trafficThread;
  private final StatusPrinter status;

  private DemoSession(
      AimpointNode node, DemoWorld.Installed world, LiveTraffic traffic, StatusPrinter status) {
    this.node = node;
    this.world = world;
    this.traffic = traffic;
    this.status = status;
    this.trafficThread =
        traffic == null ? null : Thread.ofPlatform().daemon().name("demo-traffic").start(traffic);
  }

  /**
   * Starts the node, installs the demo world and starts the traffic; status lines go to {@code
   * out}.
   *
   * @throws IOException if the node's secrets cannot be read or written
   */
  public static DemoSession start(Options options, Clock clock, PrintWriter out)
      throws IOException {
    AimpointNode node = AimpointNode.start(options.serve(), clock);
    try {
      Path dataDir = options.serve().dataDir();
      DemoWorld.Installed world = DemoWorld.install(node.engine(), dataDir, options.world());
      LiveTraffic traffic = options.speed() > 0 ? traffic(options, node, world) : null;
      StatusPrinter status =
          traffic == null || options.statusInterval() == null
              ? null
              : StatusPrinter.start(traffic, options.statusInterval(), out, clock);
      return new DemoSession(node, world, traffic, status);
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  private static LiveTraffic traffic(
      Options options, AimpointNode node, DemoWorld.Installed world) {
    Path dataDir = options.serve().dataDir();
    DemoState state = world.state();
    LiveTraffic.Options play =
        new LiveTraffic.Options(state.seed(), options.speed(), state.nextDay(), options.horizon());
    // A restart resumes after the day it stopped in: that day's event ids were partly sent.
    LiveTraffic.DayListener remember = day -> state.withNextDay(day + 1).save(dataDir);
    return new LiveTraffic(
        world.world(), new InProcessEngineClient(node.engine()), world.truth(), play, remember);
  }

  public AimpointNode node() {
    return node;
  }

  public DemoWorld.Installed world() {
    return world;
  }

  /** The background traffic, or null if the demo runs without. */
  public LiveTraffic traffic() {
    return traffic;
  }

  /**
   * Waits until the traffic has played its horizon (or was stopped).
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitTraffic() throws InterruptedException {
    if (trafficThread != null) {
      trafficThread.join();
    }
  }

  /** Stops the status lines and the traffic, then the node; later calls do nothing more. */
  @Override
  public void close() {
    if (status != null) {
      status.close();
    }
    if (traffic != null) {
      traffic.stop();
      try {
        if (!trafficThread.join(STOP_TIMEOUT)) {
          log.warn("The demo traffic did not stop within {}; closing the stores", STOP_TIMEOUT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    node.close();
  }
}
