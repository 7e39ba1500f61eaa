package io.aimpoint.core.ranking;

/**
 * Settings of {@link HierarchicalRateSmoother}. Strengths are in pseudo trials: impressions for
 * CTR, clicks for CVR. A level's prior with strength K outweighs that level's own data until it has
 * seen about K trials, then the data dominates.
 *
 * @param baseCtr the global CTR assumed before any data (the root prior's mean)
 * @param baseCvr the global CVR assumed before any data
 * @param ctrStrength prior strengths for the CTR levels
 * @param cvrStrength prior strengths for the CVR levels
 */
public record SmoothingOptions(
    double baseCtr, double baseCvr, Strength ctrStrength, Strength cvrStrength) {

  /**
   * Defaults: a 1% CTR and a 5% CVR before any data. CTR strengths global 1000, campaign 500,
   * creative 200 impressions; CVR strengths global 100, campaign 50, creative 20 clicks. So a new
   * creative of a campaign with a 2% CTR starts at 2% and needs ~200 impressions of its own before
   * its own clicks count as much as its campaign's history.
   */
  public static final SmoothingOptions DEFAULTS =
      new SmoothingOptions(0.01, 0.05, new Strength(1000, 500, 200), new Strength(100, 50, 20));

  public SmoothingOptions {
    if (!(baseCtr > 0 && baseCtr < 1) || !(baseCvr > 0 && baseCvr < 1)) {
      throw new IllegalArgumentException(
          "base rates must be in (0, 1); baseCtr=" + baseCtr + ", baseCvr=" + baseCvr);
    }
    if (ctrStrength == null || cvrStrength == null) {
      throw new IllegalArgumentException("strengths are required");
    }
  }

  /** Pseudo trials of the prior at each level of the hierarchy. */
  public record Strength(double global, double campaign, double creative) {
    public Strength {
      if (!(global > 0) || !(campaign > 0) || !(creative > 0)) {
        throw new IllegalArgumentException(
            "strengths must be > 0; global="
                + global
                + ", campaign="
                + campaign
                + ", creative="
                + creative);
      }
    }
  }
}
