/**
 * Evaluation metrics of the simulator: AUC (rank-based, ties handled) and log-loss, used for the
 * policies' predictions and for the Bayes-optimal bound from the true probabilities.
 */
package io.aimpoint.sim.metrics;
