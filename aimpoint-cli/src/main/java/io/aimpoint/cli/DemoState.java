package io.aimpoint.cli;

import io.aimpoint.sim.world.WorldConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * What a demo data directory remembers about its world, in {@value #FILE}: the world's seed, size
 * and start (enough to generate the same world again and find its objects in the stores) and the
 * simulated day the traffic reached, so that a restart resumes after it instead of replaying event
 * ids the engine has already seen.
 *
 * @param seed seed of the world
 * @param users users of the world, bots included
 * @param start when the world's day 0 began (the real time the demo was first seeded)
 * @param nextDay the simulated day the traffic resumes at
 */
public record DemoState(long seed, int users, Instant start, int nextDay) {
  /** Path of the state file inside the data directory. */
  public static final String FILE = "demo/world.properties";

  public DemoState {
    if (users < 1) {
      throw new IllegalArgumentException("users must be >= 1; users=" + users);
    }
    if (start == null) {
      throw new IllegalArgumentException("start is required");
    }
    if (nextDay < 0) {
      throw new IllegalArgumentException("nextDay must be >= 0; nextDay=" + nextDay);
    }
  }

  /** The world config this state describes: the demo world's shape with its seed, users, start. */
  public WorldConfig worldConfig() {
    WorldConfig demo = WorldConfig.demo(seed).withUsers(users);
    return new WorldConfig(
        seed,
        users,
        demo.advertisers(),
        demo.campaignsPerAdvertiser(),
        demo.creativesPerCampaign(),
        demo.shareWithoutConsent(),
        demo.botShare(),
        start);
  }

  /** This state with the traffic resuming at {@code day}. */
  public DemoState withNextDay(int day) {
    return new DemoState(seed, users, start, day);
  }

  /** The state in {@code dataDir}, or empty if the directory holds no demo world. */
  public static Optional<DemoState> load(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return Optional.of(
          new DemoState(
              Long.parseLong(p.getProperty("seed")),
              Integer.parseInt(p.getProperty("users")),
              Instant.parse(p.getProperty("start")),
              Integer.parseInt(p.getProperty("nextDay", "0"))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException(
          "damaged demo state " + file + " (" + e.getMessage() + "); use a new --data-dir", e);
    }
  }

  /** Writes the state atomically: a crash leaves the old file or the new one, never half. */
  public void save(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    Properties p = new Properties();
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("users", Integer.toString(users));
    p.setProperty("start", start.toString());
    p.setProperty("nextDay", Integer.toString(nextDay));
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "world", ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "aimpoint demo world");
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
