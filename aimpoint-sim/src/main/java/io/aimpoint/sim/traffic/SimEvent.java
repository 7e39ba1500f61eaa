package io.aimpoint.sim.traffic;

import java.time.Instant;

/**
 * Something a simulated user does, in simulator terms. The runner maps behaviour events to the
 * engine's event API and ad opportunities to decision requests.
 */
public sealed interface SimEvent
    permits SimPageView, SimSearch, SimPurchase, SimSocial, AdOpportunity {

  /** Unique, deterministic id: the client-chosen event id (or request id) sent to the engine. */
  String eventId();

  /** External id of the acting {@link io.aimpoint.sim.world.SimUser}. */
  String userId();

  Instant at();
}
