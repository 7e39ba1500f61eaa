package io.aimpoint.engine.segment;

import io.aimpoint.core.segment.Segment;
import java.util.List;

/**
 * The answer to a lookalike query: how many seed users had a profile, the most similar other users
 * (best first) and the saved segment, or null when none was asked for.
 */
public record LookalikeResult(int seeds, List<ScoredUser> users, Segment savedSegment) {
  public LookalikeResult {
    users = List.copyOf(users);
  }

  /** A pseudonymous user key and its cosine similarity to the seed centroid. */
  public record ScoredUser(String userKey, double score) {}
}
