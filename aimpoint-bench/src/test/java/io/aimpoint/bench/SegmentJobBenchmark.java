package io.aimpoint.bench;

import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.Stores;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.segment.InMemorySegmentStore;
import io.aimpoint.engine.segment.LookalikeRequest;
import io.aimpoint.engine.segment.LookalikeResult;
import io.aimpoint.engine.segment.LookalikeService;
import io.aimpoint.engine.segment.SegmentJob;
import io.aimpoint.engine.segment.SegmentOptions;
import io.aimpoint.engine.segment.SegmentRun;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.Taxonomy;
import io.aimpoint.sim.world.UserGenerator;
import io.aimpoint.sim.world.WorldConfig;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Times the segment job (and one lookalike query) over the simulator's users on in-memory stores;
 * run once by hand, results in docs/benchmarks.md ("Audience segments"). Users with consent get a
 * profile with their latent interest mix as interests; users without consent an empty profile.
 *
 * <p>Usage: {@code SegmentJobBenchmark [users=100000] [seed=7]}.
 */
public final class SegmentJobBenchmark {
  private static final PseudonymKeyRing KEYS =
      new PseudonymKeyRing("bench-pseudonym-key".getBytes(StandardCharsets.UTF_8), List.of());

  private SegmentJobBenchmark() {}

  public static void main(String[] args) {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    Clock clock = Clock.fixed(WorldConfig.DEFAULT_START, ZoneOffset.UTC);
    InMemoryStores memory = InMemoryStores.create(clock);
    Taxonomy taxonomy = Taxonomy.standard();
    UserGenerator generator = new UserGenerator(WorldConfig.demo(seed).withUsers(users), taxonomy);
    Map<String, String> latentTop = new HashMap<>();
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      SimUser u = generator.user(i);
      String key = KEYS.current(u.id());
      memory.profiles().put(profile(key, u, taxonomy, latentTop, clock.instant()));
      if (u.traits().consent() && seeds.size() < 2) {
        seeds.add(u.id());
      }
    }
    InMemorySegmentStore catalogue = new InMemorySegmentStore();
    SegmentJob job = new SegmentJob(memory.profiles(), catalogue, SegmentOptions.DEFAULTS, clock);
    SegmentRun run = job.run();
    report(run, catalogue.list(), memory, latentTop);
    lookalike(memory, clock, seeds);
  }

  private static UserProfile profile(
      String key, SimUser u, Taxonomy taxonomy, Map<String, String> latentTop, Instant at) {
    if (!u.traits().consent()) {
      return UserProfile.empty(key, at);
    }
    latentTop.put(key, taxonomy.get(u.interests().top()).id());
    return new UserProfile(
        key, u.demographics(), u.interests().byCategoryId(taxonomy), Set.of(), 20, at);
  }

  private static void report(
      SegmentRun run, List<Segment> segments, InMemoryStores memory, Map<String, String> top) {
    System.out.printf(
        "profiles=%d clustered=%d kmeansK=%d gmmK=%d changed=%d%n",
        run.profiles(), run.clustered(), run.kmeansK(), run.gmmK(), run.membershipsChanged());
    SegmentRun.Timings t = run.timings();
    System.out.printf(
        "scan=%d ms kmeans=%d ms gmm=%d ms write=%d ms total=%d ms%n",
        t.scan().toMillis(),
        t.kmeans().toMillis(),
        t.gmm().toMillis(),
        t.write().toMillis(),
        t.total().toMillis());
    segments.forEach(s -> System.out.printf("  %-40s %6d  %s%n", s.id(), s.size(), s.name()));
    for (String method : List.of("kmeans:", "gmm:")) {
      int hit = 0;
      for (Map.Entry<String, String> e : top.entrySet()) {
        UserProfile p = memory.profiles().get(e.getKey()).orElseThrow();
        String id =
            p.segments().stream().filter(s -> s.startsWith(method)).findFirst().orElseThrow();
        Segment s = segments.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        if (s.topCategories().contains(e.getValue())) {
          hit++;
        }
      }
      System.out.printf(
          "%s users whose latent top category names their segment: %.1f%%%n",
          method, 100.0 * hit / top.size());
    }
  }

  private static void lookalike(InMemoryStores memory, Clock clock, List<String> seeds) {
    Stores stores =
        new Stores(
            memory.campaigns(),
            memory.apiKeys(),
            memory.events(),
            memory.profiles(),
            memory.counters(),
            memory.ledger());
    LookalikeService service = new LookalikeService(stores, KEYS, SegmentOptions.DEFAULTS, clock);
    long t0 = System.nanoTime();
    try {
      LookalikeResult r = service.find(Caller.ADMIN, new LookalikeRequest(seeds, null, 1000, null));
      System.out.printf(
          "lookalike: %d seeds, %d users in %d ms%n",
          r.seeds(), r.users().size(), (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      System.out.println("lookalike skipped: " + e.getMessage());
    }
  }
}
