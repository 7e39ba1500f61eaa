package io.aimpoint.engine.creative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ThompsonSamplerTest {
  static final long SEED = 20251123L;

  /** Plays a planted Bernoulli bandit for {@code rounds}; returns plays per arm. */
  static int[] play(ThompsonSampler sampler, double[] trueCtr, int rounds, Random world) {
    double[] alpha = new double[trueCtr.length];
    double[] beta = new double[trueCtr.length];
    java.util.Arrays.fill(alpha, 1);
    java.util.Arrays.fill(beta, 1);
    int[] plays = new int[trueCtr.length];
    for (int r = 0; r < rounds; r++) {
      int arm = sampler.choose(alpha, beta).arm();
      plays[arm]++;
      if (world.nextDouble() < trueCtr[arm]) {
        alpha[arm]++;
      } else {
        beta[arm]++;
      }
    }
    return plays;
  }

  @Test
  void converges_to_the_best_arm_of_a_planted_bandit() {
    ThompsonSampler sampler = new ThompsonSampler(new Random(SEED), 64);
    double[] ctr = {0.02, 0.05, 0.03};

    int[] plays = play(sampler, ctr, 10_000, new Random(SEED + 1));

    assertThat(plays[1])
        .as("seed %d, plays %s", SEED, java.util.Arrays.toString(plays))
        .isGreaterThan(7_500);
  }

  @Test
  void the_estimated_choice_probability_follows_the_posteriors() {
    ThompsonSampler sampler = new ThompsonSampler(new Random(SEED));
    double[] alpha = {1 + 500, 1 + 100};
    double[] beta = {1 + 9_500, 1 + 9_900};

    ThompsonSampler.Choice choice = sampler.choose(alpha, beta);

    assertThat(choice.arm()).isZero();
    assertThat(choice.probability()).isGreaterThan(0.95).isLessThanOrEqualTo(1);
  }

  @Test
  void equal_posteriors_are_chosen_about_equally_and_never_with_probability_zero() {
    ThompsonSampler sampler = new ThompsonSampler(new Random(SEED), 1024);
    double[] alpha = {2, 2, 2, 2};
    double[] beta = {50, 50, 50, 50};
    int[] plays = new int[4];
    double sum = 0;
    for (int i = 0; i < 2_000; i++) {
      ThompsonSampler.Choice c = sampler.choose(alpha, beta);
      plays[c.arm()]++;
      sum += c.probability();
      assertThat(c.probability()).isGreaterThan(0);
    }
    for (int n : plays) {
      assertThat(n).as("plays %s", java.util.Arrays.toString(plays)).isBetween(420, 580);
    }
    assertThat(sum / 2_000).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.03));
  }

  @Test
  void one_arm_is_chosen_with_certainty() {
    ThompsonSampler.Choice c =
        new ThompsonSampler(new Random(SEED)).choose(new double[] {3}, new double[] {7});
    assertThat(c).isEqualTo(new ThompsonSampler.Choice(0, 1.0));
  }

  @Test
  void beta_draws_have_the_right_mean_also_for_shapes_below_one() {
    Random random = new Random(SEED);
    double sum = 0;
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      sum += ThompsonSampler.sampleBeta(random, 0.2, 9.8);
    }
    assertThat(sum / n).isCloseTo(0.02, org.assertj.core.data.Offset.offset(0.002));
  }

  @Test
  void rejects_mismatched_arms() {
    ThompsonSampler sampler = new ThompsonSampler(new Random(SEED));
    assertThatThrownBy(() -> sampler.choose(new double[] {1, 1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alphas=2, betas=1");
  }
}
