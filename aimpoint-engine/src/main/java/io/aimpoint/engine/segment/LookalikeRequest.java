package io.aimpoint.engine.segment;

import java.util.List;

/**
 * A lookalike query: the seed is the given raw user ids (pseudonymized by the engine) and/or the
 * converters of {@code campaignId}; {@code size} users are returned; a non-null {@code
 * saveAsSegment} stores them as a targetable segment of that name.
 */
public record LookalikeRequest(
    List<String> seedUserIds, String campaignId, int size, String saveAsSegment) {

  /** Most users one query returns. */
  public static final int MAX_SIZE = 10_000;

  public LookalikeRequest {
    seedUserIds = seedUserIds == null ? List.of() : List.copyOf(seedUserIds);
  }
}
