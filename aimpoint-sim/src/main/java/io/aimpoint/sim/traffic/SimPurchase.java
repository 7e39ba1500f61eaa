package io.aimpoint.sim.traffic;

import java.time.Instant;

/** An organic purchase (not caused by an ad). Maps to the engine's {@code purchase} event. */
public record SimPurchase(
    String eventId, String userId, Instant at, String item, String category, long amountMicros)
    implements SimEvent {}
