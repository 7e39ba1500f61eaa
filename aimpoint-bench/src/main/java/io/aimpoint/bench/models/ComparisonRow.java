package io.aimpoint.bench.models;

/**
 * One model's line of the comparison.
 *
 * @param model the model family ({@code ftrl}, {@code fm}, ..., {@code xgboost})
 * @param trainRows training examples (per epoch)
 * @param trained how long training went: epochs run, or trees kept
 * @param auc test AUC
 * @param logloss test log-loss, nats
 * @param ece test expected calibration error (20 equal-mass bins)
 * @param trainExamplesPerSecond examples learnt per second of training wall time, reading and
 *     parsing included (epochs × rows for the online models, rows for XGBoost)
 * @param trainSeconds training wall time
 * @param scoringMicrosPerCandidate wall time to score one candidate in a batch
 */
public record ComparisonRow(
    String model,
    long trainRows,
    String trained,
    double auc,
    double logloss,
    double ece,
    double trainExamplesPerSecond,
    double trainSeconds,
    double scoringMicrosPerCandidate) {}
