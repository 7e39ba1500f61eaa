package io.aimpoint.core.segment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audience segment of the catalogue: users whose profile carries {@code id} in {@code
 * UserProfile.segments} are its members, and campaigns target it by that id.
 *
 * @param id stable id, {@code <method>:<slug of the top categories>} for clustered segments
 * @param name human-readable name from the centroid's top categories, e.g. {@code electronics +
 *     games}
 * @param size members when the segment was computed
 * @param method how it was made: {@code kmeans}, {@code gmm} or {@code lookalike}
 * @param k the number of clusters of the run that made it (0 for lookalikes)
 * @param createdAt when it was computed
 * @param topCategories the centroid's strongest categories, strongest first
 * @param topKeywords the members' strongest keywords, strongest first
 */
public record Segment(
    String id,
    String name,
    int size,
    String method,
    int k,
    Instant createdAt,
    List<String> topCategories,
    List<String> topKeywords) {

  public Segment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(createdAt, "createdAt");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative; size=" + size);
    }
    topCategories = topCategories == null ? List.of() : List.copyOf(topCategories);
    topKeywords = topKeywords == null ? List.of() : List.copyOf(topKeywords);
  }
}
