package io.aimpoint.sim.traffic;

import java.time.Instant;

/**
 * A like or share of an item (a page title) in {@code category}. Maps to the engine's {@code
 * social} event.
 */
public record SimSocial(
    String eventId, String userId, Instant at, String action, String category, String item)
    implements SimEvent {}
