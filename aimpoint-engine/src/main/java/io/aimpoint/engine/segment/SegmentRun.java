package io.aimpoint.engine.segment;

import io.aimpoint.core.segment.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one segment job run did.
 *
 * @param startedAt the clock's time at the start
 * @param profiles profiles scanned
 * @param clustered consenting profiles with a vector, the ones clustered
 * @param kmeansK K chosen for K-Means (0 when too few users)
 * @param gmmK K chosen for the Gaussian mixture (0 when too few users)
 * @param membershipsChanged profiles whose segment set was rewritten
 * @param segments the clustered segments now in the catalogue
 * @param timings time per phase
 */
public record SegmentRun(
    Instant startedAt,
    int profiles,
    int clustered,
    int kmeansK,
    int gmmK,
    int membershipsChanged,
    List<Segment> segments,
    Timings timings) {

  public SegmentRun {
    segments = List.copyOf(segments);
  }

  /** Wall time of the run's phases. */
  public record Timings(
      Duration scan, Duration kmeans, Duration gmm, Duration write, Duration total) {}
}
