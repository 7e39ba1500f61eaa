/**
 * Offline evaluation and calibration of CTR predictions: AUC (rank-based, ties counted half), log
 * loss, group AUC (per user), reliability tables and expected calibration error with equal-width or
 * equal-mass bins, and calibrators fitted on held-out predictions (Platt scaling, isotonic
 * regression by pool-adjacent-violators). Pure functions over arrays of predictions and 0/1 labels.
 */
package io.aimpoint.ml.eval;
