package io.aimpoint.ml.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void auc_matches_hand_computed_values() {
    assertThat(Metrics.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
        .isEqualTo(0.75);
    assertThat(Metrics.auc(new double[] {0.2, 0.9}, new int[] {0, 1})).isEqualTo(1.0);
    assertThat(Metrics.auc(new double[] {0.9, 0.2}, new int[] {0, 1})).isEqualTo(0.0);
  }

  @Test
  void auc_counts_ties_as_one_half() {
    // pairs: (0.5+, 0.5-) x2 = 1, (0.9+, 0.5-) x2 = 2, over 4 pairs
    assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.5, 0.9}, new int[] {1, 0, 0, 1}))
        .isEqualTo(0.75);
    assertThat(Metrics.auc(new double[] {0.3, 0.3, 0.3}, new int[] {1, 0, 1})).isEqualTo(0.5);
  }

  @Test
  void auc_equals_the_pairwise_definition_on_random_data() {
    SplittableRandom random = new SplittableRandom(7);
    double[] s = new double[400];
    int[] y = new int[400];
    for (int i = 0; i < s.length; i++) {
      s[i] = random.nextInt(50) / 50.0; // many ties
      y[i] = random.nextDouble() < 0.2 + 0.5 * s[i] ? 1 : 0;
    }
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s.length; j++) {
        if (y[i] == 1 && y[j] == 0) {
          pairs++;
          wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
        }
      }
    }
    assertThat(Metrics.auc(s, y)).isCloseTo(wins / pairs, within(1e-12));
  }

  @Test
  void auc_is_undefined_with_one_class() {
    assertThat(Metrics.auc(new double[] {0.1, 0.2}, new int[] {0, 0})).isNaN();
  }

  @Test
  void log_loss_matches_hand_computed_value_and_clips() {
    double expected = -(Math.log(0.9) + Math.log(0.8)) / 2;
    assertThat(Metrics.logLoss(new double[] {0.9, 0.2}, new int[] {1, 0}))
        .isCloseTo(expected, within(1e-12));
    assertThat(Metrics.logLoss(new double[] {0.0}, new int[] {1}))
        .isCloseTo(-Math.log(Metrics.LOG_LOSS_EPS), within(1e-9));
  }

  @Test
  void group_auc_weights_groups_by_impressions_and_skips_one_class_groups() {
    double[] s = {0.1, 0.9, 0.8, 0.2, 0.5, 0.3};
    int[] y = {0, 1, 0, 1, 0, 0};
    long[] g = {7, 7, -3, -3, -3, 11};
    GroupAuc gauc = Metrics.groupAuc(s, y, g);
    // group 7: AUC 1 over 2 impressions; group -3: AUC 0 over 3; group 11: one class, skipped
    assertThat(gauc.value()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(gauc.groups()).isEqualTo(2);
    assertThat(gauc.skippedGroups()).isEqualTo(1);
  }

  @Test
  void rejects_labels_other_than_zero_and_one() {
    assertThatThrownBy(() -> Metrics.auc(new double[] {0.1}, new int[] {-1}))
        .hasMessageContaining("labels[0]=-1");
    assertThatThrownBy(() -> Metrics.logLoss(new double[] {0.1}, new int[] {1, 0}))
        .hasMessageContaining("labels=2");
  }
}
