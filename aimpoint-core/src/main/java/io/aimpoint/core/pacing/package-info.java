/**
 * Budget pacing, pure: the expected traffic curve of a day ({@link
 * io.aimpoint.core.pacing.TrafficCurve}, learned by {@link
 * io.aimpoint.core.pacing.TrafficCurveEstimator}), the spend plan it implies, and the PID
 * controller ({@link io.aimpoint.core.pacing.PidController}) that turns the gap between spend and
 * plan into a participation probability for EVEN campaigns.
 */
package io.aimpoint.core.pacing;
