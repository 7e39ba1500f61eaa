/**
 * The serving policies a simulation compares, each a {@link
 * io.aimpoint.engine.decision.DecisionPipeline} over the engine's own retrieval, budget and
 * frequency-cap filters: {@code engine} (the default pipeline), {@code oracle} (ranks by the
 * ground-truth click and conversion probabilities) and {@code random} (uniform order among the
 * eligible, priced at the reserve). {@link io.aimpoint.sim.policy.GroundTruth} is what the oracle
 * may know about the request at hand and {@link io.aimpoint.sim.policy.EngineIds} maps the engine's
 * ids back to the simulated world.
 */
package io.aimpoint.sim.policy;
