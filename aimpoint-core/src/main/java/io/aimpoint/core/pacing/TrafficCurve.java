package io.aimpoint.core.pacing;

import java.util.Arrays;

/**
 * The expected share of a day's traffic in each UTC hour (24 non-negative shares summing to 1), and
 * the spend plan it implies: by time {@code t} of the day an EVEN campaign should have spent {@code
 * dailyBudget x cumulativeShare(t)}, where the current hour contributes linearly.
 */
public final class TrafficCurve {
  public static final int HOURS = 24;

  private final double[] shares;
  private final double[] cumulative;

  private TrafficCurve(double[] shares) {
    this.shares = shares;
    this.cumulative = new double[HOURS + 1];
    for (int h = 0; h < HOURS; h++) {
      cumulative[h + 1] = cumulative[h] + shares[h];
    }
  }

  /** Every hour the same share. */
  public static TrafficCurve uniform() {
    double[] s = new double[HOURS];
    Arrays.fill(s, 1.0 / HOURS);
    return new TrafficCurve(s);
  }

  /** A curve proportional to {@code weights} (24 non-negative values, not all 0). */
  public static TrafficCurve of(double[] weights) {
    if (weights.length != HOURS) {
      throw new IllegalArgumentException("need 24 hourly weights; length=" + weights.length);
    }
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and >= 0; weight=" + w);
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be 0");
    }
    double[] s = new double[HOURS];
    for (int h = 0; h < HOURS; h++) {
      s[h] = weights[h] / total;
    }
    return new TrafficCurve(s);
  }

  public double share(int hour) {
    return shares[hour];
  }

  /** Share of the day's traffic expected before {@code hourOfDay} (in [0, 24], fractional). */
  public double cumulativeShare(double hourOfDay) {
    if (!(hourOfDay >= 0 && hourOfDay <= HOURS)) {
      throw new IllegalArgumentException("hourOfDay must be in [0, 24]; hourOfDay=" + hourOfDay);
    }
    int h = Math.min(HOURS - 1, (int) Math.floor(hourOfDay));
    return Math.min(1.0, cumulative[h] + (hourOfDay - h) * shares[h]);
  }

  /**
   * The spend an EVEN campaign should have reached by {@code hourOfDay}, rounded to the nearest
   * micro (the shares' floating-point sum may miss 1 by an ulp) and never above the budget.
   */
  public long planMicros(long dailyBudgetMicros, double hourOfDay) {
    return Math.min(dailyBudgetMicros, Math.round(dailyBudgetMicros * cumulativeShare(hourOfDay)));
  }
}
