package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplingTest {

  @Test
  void poisson_and_gamma_draws_have_the_right_means() {
    SplittableRandom rng = new SplittableRandom(1);
    for (double mean : new double[] {0.3, 4, 50}) {
      double sum = 0;
      for (int i = 0; i < 20_000; i++) {
        sum += Sampling.poisson(rng, mean);
      }
      assertThat(sum / 20_000).isBetween(mean * 0.95, mean * 1.05);
    }
    for (double shape : new double[] {0.5, 1.5, 4}) {
      double sum = 0;
      for (int i = 0; i < 20_000; i++) {
        sum += Sampling.gamma(rng, shape);
      }
      assertThat(sum / 20_000).isBetween(shape * 0.95, shape * 1.05);
    }
  }

  @Test
  void weighted_index_follows_the_weights_and_never_picks_a_zero_weight() {
    SplittableRandom rng = new SplittableRandom(2);
    int[] counts = new int[3];
    for (int i = 0; i < 30_000; i++) {
      counts[Sampling.weightedIndex(rng, new double[] {1, 0, 3})]++;
    }
    assertThat(counts[1]).isZero();
    assertThat(counts[2] / (double) counts[0]).isBetween(2.8, 3.2);
    assertThatThrownBy(() -> Sampling.weightedIndex(rng, new double[] {0, 0}))
        .hasMessageContaining("sum=0.0");
  }

  @Test
  void derived_seeds_differ_per_part_and_repeat_per_input() {
    Set<Long> seeds = new HashSet<>();
    for (long i = 0; i < 1000; i++) {
      seeds.add(Sampling.seed(42, 1, i));
      seeds.add(Sampling.seed(42, 2, i));
    }
    assertThat(seeds).hasSize(2000);
    assertThat(Sampling.seed(42, 7, 3)).isEqualTo(Sampling.seed(42, 7, 3));
    assertThat(Sampling.seed(42, 7, 3)).isNotEqualTo(Sampling.seed(42, 3, 7));
  }

  @Test
  void sigmoid_and_logit_are_inverse() {
    for (double p : new double[] {0.001, 0.2, 0.5, 0.97}) {
      assertThat(Sampling.sigmoid(Sampling.logit(p))).isCloseTo(p, within(1e-12));
    }
  }
}
