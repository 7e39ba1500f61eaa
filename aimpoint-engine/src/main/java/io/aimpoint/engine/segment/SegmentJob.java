package io.aimpoint.engine.segment;

import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.core.user.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clusters every clusterable profile with K-Means++ and with a Gaussian mixture, names the
 * clusters, writes each user's two segment ids into {@code UserProfile.segments} and replaces the
 * clustered part of the catalogue. Segment ids come from the names ({@code kmeans:electronics}), so
 * a campaign targeting a segment keeps reaching it across runs while the cluster stays alike.
 * Lookalike segments and other ids in the profiles are left alone. One run at a time.
 */
public final class SegmentJob implements AutoCloseable {
  static final String KMEANS = "kmeans";
  static final String GMM = "gmm";
  private static final Logger log = LoggerFactory.getLogger(SegmentJob.class);

  private final ProfileStore profiles;
  private final SegmentStore catalogue;
  private final SegmentOptions options;
  private final Clock clock;
  private ScheduledExecutorService scheduler;
  private volatile SegmentRun lastRun;

  public SegmentJob(
      ProfileStore profiles, SegmentStore catalogue, SegmentOptions options, Clock clock) {
    this.profiles = profiles;
    this.catalogue = catalogue;
    this.options = options;
    this.clock = clock;
  }

  /**
   * Runs the job every {@code interval}, the first time one interval from now; replaces an earlier
   * schedule.
   */
  public synchronized void start(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive; interval=" + interval);
    }
    close();
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("aimpoint-segments").unstarted(r));
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::runLogged, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops the schedule; a run in progress finishes. */
  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  /** The last completed run, or null. */
  public SegmentRun lastRun() {
    return lastRun;
  }

  private void runLogged() {
    try {
      SegmentRun r = run();
      log.info(
          "segments: {} users clustered, kmeans K={}, gmm K={}, {} ms",
          r.clustered(),
          r.kmeansK(),
          r.gmmK(),
          r.timings().total().toMillis());
    } catch (RuntimeException e) {
      log.warn("segment job failed", e);
    }
  }

  /** One run, now. */
  public synchronized SegmentRun run() {
    Instant startedAt = clock.instant();
    long t0 = System.nanoTime();
    Scan scan = scan();
    long t1 = System.nanoTime();
    if (scan.users.size() < options.minUsers()) {
      scan.users.forEach(u -> scan.stale.add(u.userKey()));
      int changed = writeMemberships(List.of(), List.of(), scan.stale);
      replaceCatalogue(List.of());
      return finish(
          new SegmentRun(
              startedAt,
              scan.scanned,
              scan.users.size(),
              0,
              0,
              changed,
              List.of(),
              timings(t0, t1, t1, t1, System.nanoTime())));
    }
    ProfileVectors vectors =
        options.vectors(ProfileVectors.vocabulary(scan.users, options.maxCategories()));
    double[][] points = scan.users.stream().map(vectors::vector).toArray(double[][]::new);
    ClusterFit km = new KMeansClustering(options.clustering()).fit(points);
    long t2 = System.nanoTime();
    ClusterFit gmm = new GaussianMixtureClustering(options.clustering()).fit(points);
    long t3 = System.nanoTime();
    List<Segment> all = new ArrayList<>();
    int changed = store(scan, vectors, List.of(km, gmm), startedAt, all);
    return finish(
        new SegmentRun(
            startedAt,
            scan.scanned,
            scan.users.size(),
            km.k(),
            gmm.k(),
            changed,
            all,
            timings(t0, t1, t2, t3, System.nanoTime())));
  }

  /** Clusterable profiles, and the others that still carry clustered ids. */
  private record Scan(List<UserProfile> users, Set<String> stale, int scanned) {}

  private Scan scan() {
    List<UserProfile> users = new ArrayList<>();
    Set<String> stale = new HashSet<>();
    int[] scanned = {0};
    profiles.forEach(
        p -> {
          scanned[0]++;
          if (ProfileVectors.clusterable(p)) {
            users.add(p);
          } else if (p.segments().stream().anyMatch(SegmentJob::isClustered)) {
            stale.add(p.userKey());
          }
        });
    return new Scan(users, stale, scanned[0]);
  }

  /** Names the fits' clusters, writes memberships and the catalogue; adds the segments to out. */
  private int store(
      Scan scan, ProfileVectors vectors, List<ClusterFit> fits, Instant at, List<Segment> out) {
    List<List<String>> ids = new ArrayList<>();
    for (ClusterFit fit : fits) {
      List<Segment> segments = segments(fit, scan.users, vectors, at);
      ids.add(ids(segments, fit));
      segments.stream().filter(s -> s.size() > 0).forEach(out::add);
    }
    int changed = writeMemberships(scan.users, ids, scan.stale);
    replaceCatalogue(out);
    return changed;
  }

  private SegmentRun finish(SegmentRun run) {
    lastRun = run;
    return run;
  }

  private static SegmentRun.Timings timings(long t0, long t1, long t2, long t3, long t4) {
    return new SegmentRun.Timings(
        Duration.ofNanos(t1 - t0),
        Duration.ofNanos(t2 - t1),
        Duration.ofNanos(t3 - t2),
        Duration.ofNanos(t4 - t3),
        Duration.ofNanos(t4 - t0));
  }

  /** One catalogue entry per cluster (index = cluster), ids made unique within the run. */
  private static List<Segment> segments(
      ClusterFit fit, List<UserProfile> users, ProfileVectors vectors, Instant at) {
    List<List<UserProfile>> members = new ArrayList<>();
    for (int c = 0; c < fit.k(); c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < users.size(); i++) {
      members.get(fit.assignment()[i]).add(users.get(i));
    }
    Set<String> taken = new HashSet<>();
    List<Segment> out = new ArrayList<>();
    for (int c = 0; c < fit.k(); c++) {
      List<String> top = SegmentNamer.topCategories(fit.centers()[c], vectors.categories());
      String name = SegmentNamer.name(top, c);
      String id = SegmentNamer.id(fit.method(), name);
      for (int n = 2; !taken.add(id); n++) {
        id = SegmentNamer.id(fit.method(), name) + "-" + n;
      }
      List<String> keywords = SegmentNamer.topKeywords(members.get(c));
      out.add(
          new Segment(id, name, members.get(c).size(), fit.method(), fit.k(), at, top, keywords));
    }
    return out;
  }

  private static List<String> ids(List<Segment> segments, ClusterFit fit) {
    List<String> perUser = new ArrayList<>(fit.assignment().length);
    for (int c : fit.assignment()) {
      perUser.add(segments.get(c).id());
    }
    return perUser;
  }

  private int writeMemberships(List<UserProfile> users, List<List<String>> ids, Set<String> stale) {
    int changed = 0;
    for (int i = 0; i < users.size(); i++) {
      Set<String> clustered = new HashSet<>();
      for (List<String> perUser : ids) {
        clustered.add(perUser.get(i));
      }
      if (replaceClustered(users.get(i).userKey(), users.get(i).segments(), clustered)) {
        changed++;
      }
    }
    for (String key : stale) {
      if (profiles.get(key).isPresent() && replaceClustered(key, null, Set.of())) {
        changed++;
      }
    }
    return changed;
  }

  // Re-reads inside update: an event folded in since the scan must not be lost.
  private boolean replaceClustered(String userKey, Set<String> seen, Set<String> clustered) {
    if (seen != null && seen.equals(merged(seen, clustered))) {
      return false;
    }
    profiles.update(userKey, p -> p.withSegments(merged(p.segments(), clustered)));
    return true;
  }

  private static Set<String> merged(Set<String> current, Set<String> clustered) {
    Set<String> out = new HashSet<>(clustered);
    current.stream().filter(s -> !isClustered(s)).forEach(out::add);
    return out;
  }

  private void replaceCatalogue(List<Segment> fresh) {
    Set<String> keep = new HashSet<>();
    fresh.forEach(
        s -> {
          catalogue.put(s);
          keep.add(s.id());
        });
    for (Segment s : catalogue.list()) {
      if (isClustered(s.id()) && !keep.contains(s.id())) {
        catalogue.delete(s.id());
      }
    }
  }

  static boolean isClustered(String segmentId) {
    return segmentId.startsWith(KMEANS + ":") || segmentId.startsWith(GMM + ":");
  }
}
