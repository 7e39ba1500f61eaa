package io.aimpoint.core.store;

import io.aimpoint.core.segment.Segment;
import java.util.List;
import java.util.Optional;

/**
 * The audience segment catalogue (names, sizes, how each was made). Membership itself lives in
 * {@code UserProfile.segments}. Durable when a call returns, for durable implementations.
 */
public interface SegmentStore {
  /** Every segment, ordered by id. */
  List<Segment> list();

  Optional<Segment> get(String id);

  /** Stores or replaces the segment with this id. */
  void put(Segment segment);

  /** Removes the segment; false when there was none. */
  boolean delete(String id);
}
