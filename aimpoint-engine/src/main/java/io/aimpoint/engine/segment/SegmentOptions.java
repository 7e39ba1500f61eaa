package io.aimpoint.engine.segment;

import java.time.Duration;

/**
 * Settings of the segment job.
 *
 * @param clustering K range, samples, iterations and seed
 * @param maxCategories interest categories in the profile vector (the most common ones)
 * @param semanticDims dimensions the semantic vector is projected to
 * @param semanticWeight length of the semantic part next to the unit-length interest part
 * @param minUsers fewer clusterable users than this and the job clusters nothing
 * @param interval how often the engine runs the job
 */
public record SegmentOptions(
    ClusteringOptions clustering,
    int maxCategories,
    int semanticDims,
    double semanticWeight,
    int minUsers,
    Duration interval) {

  /** 24 categories, 8 semantic dimensions at weight 0.5, at least 20 users, hourly. */
  public static final SegmentOptions DEFAULTS =
      new SegmentOptions(ClusteringOptions.DEFAULTS, 24, 8, 0.5, 20, Duration.ofHours(1));

  public SegmentOptions {
    if (maxCategories < 1 || minUsers < 2 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(
          "need maxCategories >= 1, minUsers >= 2 and a positive interval; maxCategories="
              + maxCategories
              + " minUsers="
              + minUsers
              + " interval="
              + interval);
    }
  }

  public SegmentOptions withInterval(Duration newInterval) {
    return new SegmentOptions(
        clustering, maxCategories, semanticDims, semanticWeight, minUsers, newInterval);
  }

  public SegmentOptions withClustering(ClusteringOptions newClustering) {
    return new SegmentOptions(
        newClustering, maxCategories, semanticDims, semanticWeight, minUsers, interval);
  }

  /** The vectorizer for a vocabulary. */
  ProfileVectors vectors(java.util.List<String> vocabulary) {
    return new ProfileVectors(vocabulary, semanticDims, semanticWeight, clustering.seed());
  }
}
