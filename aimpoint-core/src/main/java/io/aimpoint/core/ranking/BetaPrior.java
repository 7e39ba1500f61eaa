package io.aimpoint.core.ranking;

/**
 * A Beta(alpha, beta) distribution over a rate; {@code alpha} and {@code beta} read as pseudo
 * successes and pseudo failures. Its conjugate update with {@code s} successes in {@code n} trials
 * is Beta(alpha + s, beta + n - s), whose mean (alpha + s) / (alpha + beta + n) is the smoothed
 * rate.
 */
public record BetaPrior(double alpha, double beta) {
  public BetaPrior {
    if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException(
          "alpha and beta must be finite and > 0; alpha=" + alpha + ", beta=" + beta);
    }
  }

  /**
   * The prior with mean {@code mean} worth {@code strength} pseudo trials. {@code mean} is clamped
   * into [1e-9, 1 - 1e-9] so that a rate of exactly 0 or 1 still gives a proper prior.
   */
  public static BetaPrior withMean(double mean, double strength) {
    if (!(strength > 0) || Double.isInfinite(strength)) {
      throw new IllegalArgumentException("strength must be finite and > 0; strength=" + strength);
    }
    if (Double.isNaN(mean)) {
      throw new IllegalArgumentException("mean must be a number; mean=" + mean);
    }
    double m = Math.min(1 - 1e-9, Math.max(1e-9, mean));
    return new BetaPrior(m * strength, (1 - m) * strength);
  }

  public double mean() {
    return alpha / (alpha + beta);
  }

  /** Pseudo trials: how much evidence this prior is worth. */
  public double strength() {
    return alpha + beta;
  }

  /**
   * The posterior after {@code successes} in {@code trials}. Successes beyond the trials (clicks
   * whose impression was never tracked) count as trials too, so the rate stays within [0, 1].
   */
  public BetaPrior posterior(long successes, long trials) {
    if (successes < 0 || trials < 0) {
      throw new IllegalArgumentException(
          "successes and trials must be >= 0; successes=" + successes + ", trials=" + trials);
    }
    long n = Math.max(successes, trials);
    return new BetaPrior(alpha + successes, beta + (n - successes));
  }
}
