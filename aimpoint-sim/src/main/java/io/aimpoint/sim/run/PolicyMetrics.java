package io.aimpoint.sim.run;

/**
 * What one policy achieved in a simulation. Money is in micros; ratios and rates are plain doubles.
 * AUCs are NaN when the served impressions hold no click (or only clicks).
 *
 * @param policy the policy's name
 * @param adRequests decision requests sent
 * @param impressions ads served and rendered
 * @param clicks clicks drawn from the true click model
 * @param conversions conversions drawn from the true conversion model and posted within the run
 * @param expectedClicks the sum of the true click probabilities of the impressions: the clicks an
 *     infinitely repeated run would average, free of the draws' noise
 * @param revenueMicros platform revenue: what the ledger charged, as the tracking answers said
 *     (from the reports for a remote engine, whose tracking links do not say)
 * @param spendMicros advertiser spend from the campaigns' reports; equals revenue in-process
 * @param advertiserValueMicros order value of the attributed conversions
 * @param budgetMicros what the campaigns could have spent: per campaign its daily budget times the
 *     UTC days the run touched, capped by its lifetime budget
 * @param overspendMicros spend beyond a daily or lifetime budget, summed over campaigns and days;
 *     the ledger's atomic cap makes this 0
 * @param bayesOptimalAuc AUC of the true click probabilities on the served impressions
 * @param bayesOptimalLogLoss log-loss of the true click probabilities on the served impressions
 * @param policyAuc AUC of the pCTR the policy ranked with (the engine's own for {@code engine})
 * @param policyLogLoss log-loss of that pCTR
 * @param botImpressions impressions served to bots
 * @param botClicks clicks by bots
 */
public record PolicyMetrics(
    String policy,
    long adRequests,
    long impressions,
    long clicks,
    long conversions,
    double expectedClicks,
    long revenueMicros,
    long spendMicros,
    long advertiserValueMicros,
    long budgetMicros,
    long overspendMicros,
    double bayesOptimalAuc,
    double bayesOptimalLogLoss,
    double policyAuc,
    double policyLogLoss,
    long botImpressions,
    long botClicks) {

  /** Clicks per impression (0 without impressions). */
  public double ctr() {
    return ratio(clicks, impressions);
  }

  /** Conversions per click (0 without clicks). */
  public double cvr() {
    return ratio(conversions, clicks);
  }

  /** Spend over what the budgets allowed, in [0, 1]. */
  public double budgetUtilisation() {
    return budgetMicros == 0 ? 0 : (double) spendMicros / budgetMicros;
  }

  /** Revenue per thousand impressions, in micros. */
  public double ecpmMicros() {
    return impressions == 0 ? 0 : revenueMicros * 1000.0 / impressions;
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
