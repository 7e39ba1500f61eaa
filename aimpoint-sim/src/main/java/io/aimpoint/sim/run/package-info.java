/**
 * The simulation runner: sets the world up in one engine per policy, plays the same seeded traffic
 * against each on a simulated clock (behaviour events in batches, ad requests, impressions, clicks
 * drawn from the true click model, conversions after their sampled delay), and measures each policy
 * against the oracle. {@link io.aimpoint.sim.run.Simulation} is the entry point; {@link
 * io.aimpoint.sim.run.SimulationReport} the result, with its JSON and table forms.
 */
package io.aimpoint.sim.run;
