package io.aimpoint.ml.eval;

import java.util.Locale;

/**
 * The standard report on a set of CTR predictions.
 *
 * @param count predictions
 * @param positives clicks among them
 * @param auc global AUC
 * @param logLoss mean log-loss in nats
 * @param ece expected calibration error over equal-mass bins
 * @param groupAuc per-group AUC; NaN value when no groups were known
 */
public record Evaluation(
    long count, long positives, double auc, double logLoss, double ece, GroupAuc groupAuc) {

  /** One line for logs and the CLI. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "n=%d ctr=%.5f auc=%.5f logloss=%.5f ece=%.5f gauc=%.5f (%d groups)",
        count,
        count == 0 ? Double.NaN : (double) positives / count,
        auc,
        logLoss,
        ece,
        groupAuc.value(),
        groupAuc.groups());
  }
}
