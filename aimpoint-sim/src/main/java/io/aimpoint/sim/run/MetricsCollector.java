package io.aimpoint.sim.run;

import io.aimpoint.sim.metrics.BinaryMetrics;
import java.util.Arrays;

/**
 * Accumulates one policy's counts and, per impression, the true click probability, the policy's
 * predicted one and the drawn outcome, from which the AUCs and log-losses are computed at the end.
 */
final class MetricsCollector {
  private final String policy;
  long adRequests;
  long impressions;
  long clicks;
  long conversions;
  long chargedMicros;
  long valueMicros;
  long botImpressions;
  long botClicks;
  private double expectedClicks;
  private double[] truth = new double[1024];
  private double[] predicted = new double[1024];
  private boolean[] clicked = new boolean[1024];
  private boolean predictionsComplete = true;

  MetricsCollector(String policy) {
    this.policy = policy;
  }

  /** Counts one impression with its true and predicted click probability and the drawn click. */
  void impression(double pTrue, double pPredicted, boolean click, boolean bot) {
    int i = (int) impressions;
    if (i == truth.length) {
      int n = Math.max(16, truth.length * 2);
      truth = Arrays.copyOf(truth, n);
      predicted = Arrays.copyOf(predicted, n);
      clicked = Arrays.copyOf(clicked, n);
    }
    truth[i] = pTrue;
    predicted[i] = pPredicted;
    clicked[i] = click;
    predictionsComplete &= !Double.isNaN(pPredicted);
    impressions++;
    expectedClicks += pTrue;
    if (click) {
      clicks++;
    }
    if (bot) {
      botImpressions++;
      botClicks += click ? 1 : 0;
    }
  }

  /** The true click probabilities of the impressions so far, in order. */
  double[] truth() {
    return Arrays.copyOf(truth, (int) impressions);
  }

  /** The drawn clicks of the impressions so far, in order. */
  boolean[] clicked() {
    return Arrays.copyOf(clicked, (int) impressions);
  }

  /** The metrics, given what the reports said about spend and budgets. */
  PolicyMetrics finish(Ledgers.Summary ledger, boolean chargesKnown) {
    double[] p = truth();
    boolean[] y = clicked();
    double[] q = Arrays.copyOf(predicted, p.length);
    boolean scorable = p.length > 0 && predictionsComplete;
    return new PolicyMetrics(
        policy,
        adRequests,
        impressions,
        clicks,
        conversions,
        expectedClicks,
        chargesKnown ? chargedMicros : ledger.spendMicros(),
        ledger.spendMicros(),
        valueMicros,
        ledger.budgetMicros(),
        ledger.overspendMicros(),
        p.length == 0 ? Double.NaN : BinaryMetrics.auc(p, y),
        p.length == 0 ? Double.NaN : BinaryMetrics.logLoss(p, y),
        scorable ? BinaryMetrics.auc(q, y) : Double.NaN,
        scorable ? BinaryMetrics.logLoss(q, y) : Double.NaN,
        botImpressions,
        botClicks);
  }
}
