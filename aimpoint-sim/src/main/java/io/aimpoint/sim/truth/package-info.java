/**
 * The simulator's ground truth: the click model p(click | user, creative, context, position, time,
 * exposures) and the conversion model p(conversion | click, ...). The runner draws outcomes from
 * them and the oracle policy ranks by them; the engine never sees them. Formulas and constants are
 * documented in docs/simulator.md.
 */
package io.aimpoint.sim.truth;
