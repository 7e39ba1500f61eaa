package io.aimpoint.cli;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.admin.ApiKeyService.CreatedKey;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.sim.client.InProcessEngineClient;
import io.aimpoint.sim.policy.EngineIds;
import io.aimpoint.sim.policy.GroundTruth;
import io.aimpoint.sim.run.WorldSetup;
import io.aimpoint.sim.world.SimAdvertiser;
import io.aimpoint.sim.world.SimCampaign;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The simulator's demo world ({@link WorldConfig#demo}: 20 advertisers, 120 campaigns, 360 Chinese
 * and English creatives, 10,000 users) installed in an engine through its admin services, as an
 * operator would through the API, with the placements and their floors, a publisher key and one key
 * per advertiser.
 *
 * <p>A data directory remembers its world in a {@link DemoState}. Installing into a directory that
 * has one generates the same world again and finds its objects in the stores (advertisers by
 * domain, campaigns by name, creatives by landing URL: each unique in the generated world) instead
 * of creating them twice; only new keys are minted, since stored keys are hashed and cannot be
 * shown again.
 */
public final class DemoWorld {
  /** The seed of the demo world unless {@code --seed} says otherwise. */
  public static final long DEFAULT_SEED = 20_260_302L;

  /** This run's advertiser keys, one per line, readable by the owner only. */
  public static final String KEYS_FILE = "demo/advertiser-keys.tsv";

  private static final int PAGE = ListQuery.MAX_LIMIT;

  /**
   * A demo world in an engine.
   *
   * @param world the generated world
   * @param truth its ground truth, with the engine's ids of the world filled in
   * @param state what the data directory remembers of it
   * @param resumed whether the world was found in the stores rather than created
   * @param publisherKey a new publisher key (events, decisions)
   * @param advertiserKeys a new key per advertiser, in the world's advertiser order
   */
  public record Installed(
      World world,
      GroundTruth truth,
      DemoState state,
      boolean resumed,
      CreatedKey publisherKey,
      List<CreatedKey> advertiserKeys) {

    public Installed {
      advertiserKeys = List.copyOf(advertiserKeys);
    }

    /** The engine ids of the campaigns of the advertiser with engine id {@code advertiserId}. */
    public List<String> campaignIds(String advertiserId) {
      List<String> ids = new ArrayList<>();
      truth
          .ids()
          .campaignsByEngineId()
          .forEach(
              (id, c) -> {
                if (truth.ids().advertiserId(c.advertiserKey()).equals(advertiserId)) {
                  ids.add(id);
                }
              });
      ids.sort(null);
      return ids;
    }
  }

  private DemoWorld() {}

  /**
   * Installs a demo world into {@code engine} whose stores live in {@code dataDir}: creates the
   * world of {@code fresh} if the stores are empty, or resumes the one remembered there.
   *
   * @throws IllegalStateException if the stores hold advertisers but no demo world
   */
  public static Installed install(Engine engine, Path dataDir, WorldConfig fresh) {
    Optional<DemoState> remembered = DemoState.load(dataDir);
    if (remembered.isEmpty() && !isEmpty(engine)) {
      throw new IllegalStateException(
          dataDir + " holds advertisers that no demo created; give the demo a new --data-dir");
    }
    DemoState state =
        remembered.orElseGet(() -> new DemoState(fresh.seed(), fresh.users(), fresh.start(), 0));
    World world = World.generate(state.worldConfig());
    GroundTruth truth = new GroundTruth(world);
    if (remembered.isPresent()) {
      match(engine, world, truth.ids());
    } else {
      try (InProcessEngineClient client = new InProcessEngineClient(engine)) {
        WorldSetup.create(world, client, truth.ids());
      }
      state.save(dataDir);
    }
    return new Installed(
        world,
        truth,
        state,
        remembered.isPresent(),
        engine.apiKeys().createPublisherKey(Caller.ADMIN, "demo publisher"),
        advertiserKeys(engine, world, truth.ids()));
  }

  /**
   * Writes the advertiser keys of {@code installed} to {@link #KEYS_FILE} in {@code dataDir}
   * (replacing an earlier run's), one {@code advertiserId TAB name TAB secret} per line.
   */
  public static Path writeKeys(Installed installed, Path dataDir) {
    StringBuilder text = new StringBuilder("# advertiser id\tname\tAPI key (this run's)\n");
    for (int i = 0; i < installed.advertiserKeys().size(); i++) {
      CreatedKey key = installed.advertiserKeys().get(i);
      text.append(key.key().advertiserId())
          .append('\t')
          .append(installed.world().advertisers().get(i).advertiser().name())
          .append('\t')
          .append(key.secret())
          .append('\n');
    }
    Path file = dataDir.resolve(KEYS_FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file, ownerOnly());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  /** Whether {@code engine}'s stores hold no advertiser yet. */
  public static boolean isEmpty(Engine engine) {
    return engine.admin().advertisers(Caller.ADMIN, ListQuery.all(1)).items().isEmpty();
  }

  private static List<CreatedKey> advertiserKeys(Engine engine, World world, EngineIds ids) {
    List<CreatedKey> keys = new ArrayList<>();
    for (SimAdvertiser a : world.advertisers()) {
      keys.add(
          engine
              .apiKeys()
              .createAdvertiserKey(Caller.ADMIN, ids.advertiserId(a.key()), "demo advertiser"));
    }
    return keys;
  }

  /** Finds the generated world's objects among the stored ones and records their ids. */
  private static void match(Engine engine, World world, EngineIds ids) {
    Map<String, String> advertisers =
        index(q -> engine.admin().advertisers(Caller.ADMIN, q), Advertiser::domain, Advertiser::id);
    Map<String, String> campaigns =
        index(q -> engine.admin().campaigns(Caller.ADMIN, q), Campaign::name, Campaign::id);
    Map<String, String> creatives =
        index(q -> engine.admin().creatives(Caller.ADMIN, q), Creative::landingUrl, Creative::id);
    for (SimAdvertiser a : world.advertisers()) {
      ids.advertiser(a, require(advertisers, a.advertiser().domain(), "advertiser"));
      for (SimCampaign c : a.campaigns()) {
        ids.campaign(c, require(campaigns, c.campaign().name(), "campaign"));
        for (SimCreative k : c.creatives()) {
          ids.creative(k, require(creatives, k.creative().landingUrl(), "creative"));
        }
      }
    }
  }

  private static <T> Map<String, String> index(
      Function<ListQuery, Page<T>> list, Function<T, String> key, Function<T, String> id) {
    Map<String, String> index = new HashMap<>();
    ListQuery query = ListQuery.all(PAGE);
    while (query != null) {
      Page<T> page = list.apply(query);
      page.items().forEach(item -> index.put(key.apply(item), id.apply(item)));
      query = page.nextCursor() == null ? null : query.after(page.nextCursor());
    }
    return index;
  }

  private static String require(Map<String, String> ids, String key, String what) {
    String id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException(
          "the demo world in this data directory has no "
              + what
              + " '"
              + key
              + "' (was it deleted?); give the demo a new --data-dir");
    }
    return id;
  }
}
