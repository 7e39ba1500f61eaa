package io.aimpoint.sim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

  @Test
  void auc_of_a_perfect_ranking_is_one_and_of_a_reversed_ranking_zero() {
    boolean[] y = {false, false, true, true};
    assertThat(BinaryMetrics.auc(new double[] {0.1, 0.2, 0.3, 0.4}, y)).isEqualTo(1.0);
    assertThat(BinaryMetrics.auc(new double[] {0.4, 0.3, 0.2, 0.1}, y)).isEqualTo(0.0);
  }

  @Test
  void auc_matches_the_hand_computed_example() {
    // Pairs (pos, neg): (0.35 > 0.1), (0.35 < 0.4), (0.8 > 0.1), (0.8 > 0.4): 3 of 4.
    double auc =
        BinaryMetrics.auc(
            new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true});
    assertThat(auc).isEqualTo(0.75);
  }

  @Test
  void auc_counts_tied_scores_as_one_half() {
    // Pairs: (0.5 vs 0.1) 1, (0.5 vs 0.5) 0.5, (0.9 vs 0.1) 1, (0.9 vs 0.5) 1 -> 3.5 / 4.
    double auc =
        BinaryMetrics.auc(
            new double[] {0.1, 0.5, 0.5, 0.9}, new boolean[] {false, true, false, true});
    assertThat(auc).isEqualTo(0.875);
    double allTied =
        BinaryMetrics.auc(
            new double[] {0.3, 0.3, 0.3, 0.3}, new boolean[] {true, false, true, false});
    assertThat(allTied).isEqualTo(0.5);
  }

  @Test
  void auc_agrees_with_counting_all_pairs_on_random_data_with_ties() {
    SplittableRandom rng = new SplittableRandom(7);
    int n = 500;
    double[] scores = new double[n];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      scores[i] = rng.nextInt(20) / 20.0; // coarse scores force many ties
      y[i] = rng.nextDouble() < 0.2 + 0.6 * scores[i];
    }
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (y[i] && !y[j]) {
          pairs++;
          wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
      }
    }
    assertThat(BinaryMetrics.auc(scores, y)).isCloseTo(wins / pairs, within(1e-12));
  }

  @Test
  void auc_is_undefined_when_only_one_class_is_present() {
    assertThat(BinaryMetrics.auc(new double[] {0.2, 0.7}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void log_loss_matches_hand_computed_values() {
    double loss = BinaryMetrics.logLoss(new double[] {0.9, 0.2}, new boolean[] {true, false});
    assertThat(loss).isCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, within(1e-12));
    assertThat(loss).isCloseTo(0.164252033, within(1e-9));
    double coinFlip =
        BinaryMetrics.logLoss(new double[] {0.5, 0.5, 0.5}, new boolean[] {true, false, true});
    assertThat(coinFlip).isCloseTo(Math.log(2), within(1e-12));
  }

  @Test
  void log_loss_clips_certain_wrong_predictions_to_a_finite_value() {
    double loss = BinaryMetrics.logLoss(new double[] {0.0}, new boolean[] {true});
    assertThat(loss).isCloseTo(-Math.log(BinaryMetrics.EPSILON), within(1e-6));
    assertThat(BinaryMetrics.logLoss(new double[] {1.0}, new boolean[] {true})).isLessThan(1e-14);
  }

  @Test
  void rejects_mismatched_lengths_and_invalid_probabilities() {
    assertThatThrownBy(() -> BinaryMetrics.auc(new double[] {0.1}, new boolean[] {true, false}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 != 2");
    assertThatThrownBy(() -> BinaryMetrics.logLoss(new double[] {1.5}, new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> BinaryMetrics.logLoss(new double[0], new boolean[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
