package io.aimpoint.core.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmpiricalReserveTest {
  private static final long SEED = 20261123L;
  private static final long UNIT = 1_000_000; // eCPM micros standing for a value of 1

  /** Auctions of {@code bidders} values drawn uniformly on [0, 1) (in micros). */
  private static long[][] uniformAuctions(int auctions, int bidders, Random random) {
    long[] first = new long[auctions];
    long[] second = new long[auctions];
    for (int i = 0; i < auctions; i++) {
      for (int b = 0; b < bidders; b++) {
        long v = (long) (random.nextDouble() * UNIT);
        if (v > first[i]) {
          second[i] = first[i];
          first[i] = v;
        } else if (v > second[i]) {
          second[i] = v;
        }
      }
    }
    return new long[][] {first, second};
  }

  @Test
  void learns_myersons_reserve_of_one_half_for_two_uniform_bidders() {
    long[][] a = uniformAuctions(200_000, 2, new Random(SEED));

    long reserve = EmpiricalReserve.optimal(a[0], a[1], 0);

    // r* solves r - (1 - F(r)) / f(r) = 0, i.e. 2r - 1 = 0; expected revenue 5/12 vs 1/3 at r = 0.
    assertThat(reserve / (double) UNIT).as("seed " + SEED).isCloseTo(0.5, within(0.03));
    double perAuction = EmpiricalReserve.revenue(a[0], a[1], reserve) / a[0].length / UNIT;
    assertThat(perAuction).isCloseTo(5.0 / 12, within(0.005));
    assertThat(EmpiricalReserve.revenue(a[0], a[1], 0) / a[0].length / UNIT)
        .isCloseTo(1.0 / 3, within(0.005));
  }

  @Test
  void the_optimal_reserve_of_uniform_bidders_does_not_depend_on_their_number() {
    long[][] a = uniformAuctions(200_000, 5, new Random(SEED + 1));

    long reserve = EmpiricalReserve.optimal(a[0], a[1], 0);

    assertThat(reserve / (double) UNIT).isCloseTo(0.5, within(0.05));
  }

  @Test
  void matches_a_brute_force_search_over_every_observed_bid() {
    Random random = new Random(SEED + 2);
    for (int trial = 0; trial < 50; trial++) {
      long[][] a = uniformAuctions(1 + random.nextInt(40), 1 + random.nextInt(4), random);
      long floor = random.nextInt(300_000);

      long reserve = EmpiricalReserve.optimal(a[0], a[1], floor);

      double best = EmpiricalReserve.revenue(a[0], a[1], floor);
      for (long r : a[0]) {
        if (r >= floor) {
          best = Math.max(best, EmpiricalReserve.revenue(a[0], a[1], r));
        }
      }
      assertThat(reserve).isGreaterThanOrEqualTo(floor);
      assertThat(EmpiricalReserve.revenue(a[0], a[1], reserve)).isEqualTo(best);
    }
  }

  @Test
  void never_goes_below_the_floor_and_is_the_floor_without_data() {
    assertThat(EmpiricalReserve.optimal(new long[0], new long[0], 700)).isEqualTo(700);
    // Competitive auctions: a reserve would only lose; the floor stays.
    long[] first = {5_000, 5_000, 5_000};
    long[] second = {5_000, 5_000, 5_000};
    assertThat(EmpiricalReserve.optimal(first, second, 700)).isEqualTo(700);
    // One bidder worth 9,000 each time: the reserve extracts it.
    assertThat(EmpiricalReserve.optimal(new long[] {9_000}, new long[] {0}, 700)).isEqualTo(9_000);
  }

  @Test
  void rejects_a_second_price_above_the_first() {
    assertThatThrownBy(() -> EmpiricalReserve.optimal(new long[] {5}, new long[] {6}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("second=6");
  }

  @Test
  void the_learner_keeps_the_floor_until_it_has_enough_auctions_then_follows_its_window() {
    ReserveLearner learner = new ReserveLearner(100, 50, 10);
    for (int i = 0; i < 49; i++) {
      learner.observe(9_000, 0);
    }
    assertThat(learner.reserve(700)).isEqualTo(700);
    learner.observe(9_000, 0);
    assertThat(learner.reserve(700)).isEqualTo(9_000);
    // The window forgets: after 100 competitive auctions the monopoly bids are gone.
    for (int i = 0; i < 100; i++) {
      learner.observe(5_000, 5_000);
    }
    assertThat(learner.samples()).isEqualTo(100);
    assertThat(learner.reserve(700)).isEqualTo(700);
    assertThat(learner.reserve(6_000)).as("a raised floor wins").isEqualTo(6_000);
  }
}
