/**
 * {@code aimpoint bench models}: every CTR model family the trainer knows, and XGBoost4J as the
 * well-known peer, trained and tested on the same data in one run, side by side (AUC, log-loss,
 * ECE, training examples/s, scoring µs per candidate), next to the Bayes-optimal values when the
 * data carries true probabilities. XGBoost is a benchmark peer only; serving never loads it.
 */
package io.aimpoint.bench.models;
