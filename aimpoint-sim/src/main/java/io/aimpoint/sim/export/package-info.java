/**
 * The served-impression logs of a simulation ({@code --export-logs DIR}): one gzip-compressed JSON
 * Lines file per policy, one {@link io.aimpoint.sim.export.ImpressionRecord} per line, with the
 * context, the engine's prediction, the true probabilities and the drawn outcomes. The columns are
 * documented in docs/simulator.md.
 */
package io.aimpoint.sim.export;
