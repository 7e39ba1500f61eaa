package io.aimpoint.cli;

import io.aimpoint.bench.EventBatches;
import io.aimpoint.bench.FreshnessProbe;
import io.aimpoint.bench.IngestLoad;
import io.aimpoint.bench.LoadOptions;
import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.admin.AdminService;
import io.aimpoint.engine.admin.ApiKeyService;
import io.aimpoint.engine.auth.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aimpoint bench ingest}: durable ingestion rate of {@code POST /v1/events} (batches of the
 * simulator's behaviour events) and profile freshness ({@link FreshnessProbe}), against a server it
 * starts in this process on a temporary data directory with the demo world, as {@code bench
 * decisions} does. In process only: the freshness probe needs a campaign of its own, created with
 * the engine's admin service.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Measures POST /v1/events: events/s in batches (durable, profiles updated) and profile"
            + " freshness p50/p99 (ack to the first decision that reflects the event).")
public final class BenchIngestCommand implements Callable<Integer> {
  static final String PROBE_CATEGORY = "freshness-probe";

  @Spec CommandSpec spec;

  @Option(
      names = "--batches",
      defaultValue = "300",
      description = "Measured batches, each sent once (default: ${DEFAULT-VALUE}).")
  int batches;

  @Option(
      names = "--warmup-batches",
      defaultValue = "50",
      description = "Batches sent before measuring (default: ${DEFAULT-VALUE}).")
  int warmupBatches;

  @Option(
      names = "--batch-size",
      defaultValue = "100",
      description = "Events per batch (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--threads",
      description = "Concurrent connections (default: twice the available cores).")
  int threads;

  @Option(
      names = "--probes",
      defaultValue = "300",
      description = "Freshness probes, one after another (default: ${DEFAULT-VALUE}).")
  int probes;

  @Option(
      names = "--users",
      defaultValue = "10000",
      description = "Users of the demo world the events come from (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--seed",
      defaultValue = "" + DemoWorld.DEFAULT_SEED,
      description = "Seed of the world and the event order (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--no-embedder",
      description = "Run the server without the text embedder (no page or query embeddings).")
  boolean noEmbedder;

  @Option(
      names = "--data-dir",
      description =
          "Data directory (default: a temporary one, deleted afterwards). Its file system decides"
              + " what the event log's fsync costs.")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int connections = threads > 0 ? threads : LoadOptions.defaultThreads();
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("aimpoint-bench-ingest-");
    AdminKey admin = new AdminKey(ApiKeyService.newSecret(), AdminKey.Source.GENERATED);
    DemoSession.Options options =
        new DemoSession.Options(
            new ServeOptions(0, dir, admin, null).withTextEmbedder(!noEmbedder),
            DemoSession.Options.world(seed, users, Clock.systemUTC()),
            0,
            null,
            null);
    out.printf("Setting up an in-process server with the demo world in %s ...%n", dir);
    out.flush();
    try (DemoSession session = DemoSession.start(options, Clock.systemUTC(), out)) {
      URI uri = URI.create(session.node().baseUrl());
      String key = session.world().publisherKey().secret();
      List<byte[]> bodies =
          EventBatches.from(session.world().world(), warmupBatches + batches, batchSize, seed);
      if (bodies.size() <= warmupBatches) {
        out.printf("The world has too few events for %d batches%n", warmupBatches + batches);
        return 1;
      }
      out.printf(
          "Ingesting %d + %d batches of %d events over %d connections (text embedder %s) ...%n",
          warmupBatches, bodies.size() - warmupBatches, batchSize, connections, embedderName());
      out.flush();
      IngestLoad.Result ingest =
          new IngestLoad(uri, key, connections, Duration.ofSeconds(60))
              .run(bodies.subList(0, warmupBatches), bodies.subList(warmupBatches, bodies.size()));
      printIngest(out, ingest);
      String probeCampaign = createProbeCampaign(session.node().engine());
      String placement = session.node().engine().admin().placements(Caller.ADMIN).get(0).id();
      out.printf("Running %d freshness probes on placement %s ...%n", probes, placement);
      out.flush();
      FreshnessProbe.Result fresh =
          new FreshnessProbe(uri, key, placement, PROBE_CATEGORY, probeCampaign)
              .run(probes, "probe-" + seed);
      printFreshness(out, fresh);
      out.flush();
      return ingest.errors() == 0 && fresh.fresh() == fresh.probes() - fresh.invalid() ? 0 : 1;
    } finally {
      if (dataDir == null) {
        deleteTree(dir);
      }
    }
  }

  private String embedderName() {
    return noEmbedder ? "off" : "BGE-small-zh";
  }

  private static void printIngest(PrintWriter out, IngestLoad.Result r) {
    Histogram h = r.latencyNanos();
    out.printf(
        "Ingestion: %,d events in %,d batches in %.1f s = %,.0f events/s (%,d accepted, %d"
            + " errors)%n",
        r.events(),
        r.batches(),
        r.elapsed().toNanos() / 1e9,
        r.eventsPerSecond(),
        r.accepted(),
        r.errors());
    out.printf(
        "  batch latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        millis(h, 50), millis(h, 99), h.getMaxValue() / 1e6);
  }

  private static void printFreshness(PrintWriter out, FreshnessProbe.Result r) {
    Histogram h = r.freshnessNanos();
    out.printf(
        "Freshness: %d probes, %d fresh, %d invalid, at most %d decision(s) needed%n",
        r.probes(), r.fresh(), r.invalid(), r.maxPolls());
    out.printf(
        "  ack -> first decision reflecting the event: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        millis(h, 50), millis(h, 99), h.getMaxValue() / 1e6);
  }

  private static double millis(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
  }

  /**
   * A campaign that targets only {@link #PROBE_CATEGORY} and outbids the demo world (the highest
   * CPM bid, an unlimited budget), so it wins whenever its targeting matches.
   */
  static String createProbeCampaign(Engine engine) {
    Instant now = Instant.now();
    AdminService admin = engine.admin();
    Advertiser advertiser =
        admin.createAdvertiser(
            Caller.ADMIN,
            new Advertiser(null, "Freshness probe", null, Status.ACTIVE, now, now, 0));
    Targeting probe =
        new Targeting(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Set.of(PROBE_CATEGORY),
            null,
            null,
            null,
            null);
    Campaign campaign =
        admin.createCampaign(
            Caller.ADMIN,
            new Campaign(
                null,
                advertiser.id(),
                "Freshness probe",
                Status.ACTIVE,
                null,
                null,
                null,
                new Budget(null, 1_000_000_000_000L),
                null,
                new Bid(BidType.CPM, Bid.MAX_AMOUNT_MICROS),
                null,
                probe,
                now,
                now,
                0));
    admin.createCreative(
        Caller.ADMIN,
        new Creative(
            null,
            campaign.id(),
            advertiser.id(),
            "Freshness probe",
            null,
            null,
            "https://probe.example.com/",
            null,
            null,
            List.of(),
            null,
            Status.ACTIVE,
            now,
            now,
            0));
    return campaign.id();
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
