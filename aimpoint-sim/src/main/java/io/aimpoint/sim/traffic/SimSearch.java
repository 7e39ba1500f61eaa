package io.aimpoint.sim.traffic;

import io.aimpoint.sim.world.Language;
import java.time.Instant;

/**
 * The user searched for {@code query}, which is about {@code category} (truth). Maps to the
 * engine's {@code search} event.
 */
public record SimSearch(
    String eventId, String userId, Instant at, String query, String category, Language language)
    implements SimEvent {}
