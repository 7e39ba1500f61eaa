package io.aimpoint.sim.traffic;

import java.time.Instant;

/** The user read {@code page}. Maps to the engine's {@code page_view} event. */
public record SimPageView(String eventId, String userId, Instant at, Page page)
    implements SimEvent {}
