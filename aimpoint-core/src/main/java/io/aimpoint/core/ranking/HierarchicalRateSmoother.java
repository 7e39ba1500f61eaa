package io.aimpoint.core.ranking;

/**
 * Bayesian-smoothed CTR and CVR by hierarchical Beta-Binomial shrinkage: global &rarr; campaign
 * &rarr; creative.
 *
 * <p>For each rate (CTR: clicks per impression; CVR: conversions per click), the global rate is the
 * posterior mean of Beta({@code base}, global strength) after all observed data. Each campaign gets
 * the prior Beta with that global mean and the campaign strength; its posterior mean after its own
 * data is the campaign's rate. Each creative gets the prior Beta with its campaign's posterior mean
 * and the creative strength; its posterior mean after its own data is the estimate. With no data a
 * creative inherits its campaign's rate, a new campaign the global rate; with much data the
 * estimate converges to the creative's empirical rate. The estimate is strictly monotonic in
 * successes for fixed trials.
 *
 * <p>Prior strengths are fixed (see {@link SmoothingOptions}) rather than fitted per level by
 * moment matching or maximum likelihood as in the references; that keeps the estimator O(1) per
 * candidate and predictable with little data.
 *
 * <p>References: X. Wang, W. Li, Y. Cui, R. Zhang, J. Mao, "Click-Through Rate Estimation for Rare
 * Events in Online Advertising", in Online Multimedia Advertising, IGI Global, 2011 (hierarchical
 * Beta smoothing of ad CTRs); A. Gelman et al., Bayesian Data Analysis, 3rd ed., ch. 5
 * (hierarchical Beta-Binomial model).
 */
public final class HierarchicalRateSmoother {
  private final SmoothingOptions options;

  public HierarchicalRateSmoother(SmoothingOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    this.options = options;
  }

  /** The global level: Beta(base, global strength) updated with every delivery observed. */
  public Level global(DeliveryCounts all) {
    SmoothingOptions.Strength ctrS = options.ctrStrength();
    SmoothingOptions.Strength cvrS = options.cvrStrength();
    BetaPrior ctr =
        BetaPrior.withMean(options.baseCtr(), ctrS.global())
            .posterior(all.clicks(), all.impressions());
    BetaPrior cvr =
        BetaPrior.withMean(options.baseCvr(), cvrS.global())
            .posterior(all.conversions(), all.clicks());
    return new Level(ctr.mean(), cvr.mean());
  }

  /** A campaign's level: shrunk towards {@code global}. */
  public Level campaign(Level global, DeliveryCounts campaign) {
    return shrink(
        global, campaign, options.ctrStrength().campaign(), options.cvrStrength().campaign());
  }

  /** A creative's rates: shrunk towards its {@code campaign}'s level. */
  public Rates creative(Level campaign, DeliveryCounts creative) {
    Level l =
        shrink(
            campaign, creative, options.ctrStrength().creative(), options.cvrStrength().creative());
    return new Rates(l.ctr(), l.cvr());
  }

  /** All three levels in one call. */
  public Rates estimate(DeliveryCounts all, DeliveryCounts campaign, DeliveryCounts creative) {
    return creative(campaign(global(all), campaign), creative);
  }

  private static Level shrink(
      Level parent, DeliveryCounts own, double ctrStrength, double cvrStrength) {
    double ctr =
        BetaPrior.withMean(parent.ctr(), ctrStrength)
            .posterior(own.clicks(), own.impressions())
            .mean();
    double cvr =
        BetaPrior.withMean(parent.cvr(), cvrStrength)
            .posterior(own.conversions(), own.clicks())
            .mean();
    return new Level(ctr, cvr);
  }

  /** Posterior mean rates at one level of the hierarchy, the prior mean of the level below. */
  public record Level(double ctr, double cvr) {}
}
