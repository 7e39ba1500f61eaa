package io.aimpoint.core.auction;

import java.util.Arrays;

/**
 * The empirical revenue-maximizing reserve price of a placement, learned from the top two eCPMs of
 * its past auctions.
 *
 * <p>In a second-price auction with reserve {@code r}, an auction whose best eCPM is {@code b1} and
 * second best {@code b2} earns {@code max(r, b2)} if {@code b1 >= r} and nothing otherwise. With
 * independent bidders whose values have a regular distribution F, the revenue-maximizing reserve is
 * Myerson's {@code r*} solving {@code r - (1 - F(r)) / f(r) = 0} (R. Myerson, "Optimal Auction
 * Design", Mathematics of Operations Research 6(1), 1981), e.g. 0.5 for values uniform on [0, 1],
 * whatever the number of bidders. F is unknown here, so the reserve maximizes the revenue the same
 * rule would have earned on the observed auctions (the empirical revenue maximization of M. Mohri
 * and A. Muñoz Medina, "Learning Theory and Algorithms for Revenue Optimization in Second-Price
 * Auctions with Reserve", ICML 2014; R. Paes Leme, M. Pál, S. Vassilvitskii, "A Field Guide to
 * Personalized Reserve Prices", WWW 2016):
 *
 * <pre>
 *   r = argmax over r >= floor of  sum_i [b1_i >= r] max(r, b2_i)
 * </pre>
 *
 * The sum is piecewise linear and increasing in {@code r} between consecutive values of {@code b1},
 * so its maximum lies at one of the observed {@code b1} (or at the floor); all of them are tried,
 * in O(n log n). It takes the observations as they are: replaying the auctions assumes that bids
 * would not react to the reserve, and that a reserve removing an auction loses its revenue only
 * (not, say, the budget spend it would have moved to other requests). Callers keep the window short
 * and the sample large (see the engine's learned reserves).
 */
public final class EmpiricalReserve {
  private EmpiricalReserve() {}

  /**
   * The reserve (eCPM micros) that maximizes revenue over the observed auctions, never below {@code
   * floorCpmMicros}; ties go to the lower reserve. With no observations, the floor.
   *
   * @param firstEcpm the best eCPM of each auction
   * @param secondEcpm the second best eCPM of the same auction (0 when it had one entrant)
   */
  public static long optimal(long[] firstEcpm, long[] secondEcpm, long floorCpmMicros) {
    if (firstEcpm.length != secondEcpm.length) {
      throw new IllegalArgumentException(
          "firstEcpm and secondEcpm must have equal lengths; "
              + firstEcpm.length
              + " != "
              + secondEcpm.length);
    }
    if (floorCpmMicros < 0) {
      throw new IllegalArgumentException(
          "floorCpmMicros must be >= 0; floorCpmMicros=" + floorCpmMicros);
    }
    int n = firstEcpm.length;
    long[][] auctions = new long[n][];
    for (int i = 0; i < n; i++) {
      if (secondEcpm[i] < 0 || secondEcpm[i] > firstEcpm[i]) {
        throw new IllegalArgumentException(
            "second eCPM must be in 0..first; first=" + firstEcpm[i] + ", second=" + secondEcpm[i]);
      }
      auctions[i] = new long[] {firstEcpm[i], secondEcpm[i]};
    }
    return best(auctions, floorCpmMicros);
  }

  /** Revenue (eCPM micros summed over auctions) that reserve {@code r} would have earned. */
  public static double revenue(long[] firstEcpm, long[] secondEcpm, long r) {
    double sum = 0;
    for (int i = 0; i < firstEcpm.length; i++) {
      if (firstEcpm[i] >= r) {
        sum += Math.max(r, secondEcpm[i]);
      }
    }
    return sum;
  }

  /**
   * Scans the candidate reserves in increasing order. For reserve r, the auctions with {@code b1 >=
   * r} earn {@code sum of b2 over those with b2 >= r} plus {@code r x (count with b2 < r <= b1)};
   * both parts are maintained with two sorted arrays and two pointers.
   */
  private static long best(long[][] auctions, long floor) {
    int n = auctions.length;
    long[] firsts = new long[n];
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      firsts[i] = auctions[i][0];
      seconds[i] = auctions[i][1];
    }
    Arrays.sort(firsts);
    Arrays.sort(seconds);
    long[] candidates = new long[n + 1];
    candidates[0] = floor;
    int m = 1;
    for (long f : firsts) {
      if (f > floor) {
        candidates[m++] = f;
      }
    }
    // Suffix sums of the sorted seconds: sum of b2 over b2 >= r.
    double[] suffix = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + seconds[i];
    }
    long bestReserve = floor;
    double bestRevenue = -1;
    int firstBelow = 0; // count of b1 < r
    int secondBelow = 0; // count of b2 < r
    for (int k = 0; k < m; k++) {
      long r = candidates[k];
      while (firstBelow < n && firsts[firstBelow] < r) {
        firstBelow++;
      }
      while (secondBelow < n && seconds[secondBelow] < r) {
        secondBelow++;
      }
      // b2 <= b1 in every auction, so the auctions with b2 >= r all have b1 >= r; the rest of those
      // with b1 >= r (there are (n - firstBelow) - (n - secondBelow)) pay r.
      long payingReserve = (long) (n - firstBelow) - (n - secondBelow);
      double revenue = suffix[secondBelow] + (double) r * payingReserve;
      if (revenue > bestRevenue) {
        bestRevenue = revenue;
        bestReserve = r;
      }
    }
    return bestReserve;
  }
}
