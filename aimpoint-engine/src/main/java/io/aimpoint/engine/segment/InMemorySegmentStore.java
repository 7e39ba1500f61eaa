package io.aimpoint.engine.segment;

import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.store.SegmentStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link SegmentStore} in memory: the default of {@code Stores} built without one. Not durable;
 * after a restart the catalogue is empty until the segment job runs again, while the memberships
 * stay in the (durable) profiles.
 */
public final class InMemorySegmentStore implements SegmentStore {
  private final ConcurrentSkipListMap<String, Segment> segments = new ConcurrentSkipListMap<>();

  @Override
  public List<Segment> list() {
    return List.copyOf(segments.values());
  }

  @Override
  public Optional<Segment> get(String id) {
    return Optional.ofNullable(segments.get(id));
  }

  @Override
  public void put(Segment segment) {
    Objects.requireNonNull(segment, "segment");
    segments.put(segment.id(), segment);
  }

  @Override
  public boolean delete(String id) {
    return segments.remove(id) != null;
  }
}
