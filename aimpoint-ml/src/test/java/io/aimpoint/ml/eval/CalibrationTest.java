package io.aimpoint.ml.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.ml.eval.ReliabilityTable.Binning;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final long SEED = 1999L;

  /** Labels drawn from true probabilities p, scores a monotone distortion p^3 of them. */
  private record Distorted(double[] scores, int[] labels) {
    static Distorted sample(int n, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] s = new double[n];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        double p = random.nextDouble();
        s[i] = p * p * p;
        y[i] = random.nextDouble() < p ? 1 : 0;
      }
      return new Distorted(s, y);
    }
  }

  @Test
  void ece_matches_a_hand_computed_table() {
    double[] s = {0.1, 0.1, 0.9, 0.9};
    int[] y = {0, 1, 1, 1};
    ReliabilityTable table = ReliabilityTable.of(s, y, 2, Binning.EQUAL_WIDTH);
    assertThat(table.bins()).hasSize(2);
    assertThat(table.bins().get(0).observedRate()).isEqualTo(0.5);
    assertThat(table.ece()).isCloseTo(0.5 * 0.4 + 0.5 * 0.1, within(1e-12));
    assertThat(table.mce()).isCloseTo(0.4, within(1e-12));
    assertThat(Metrics.ece(s, y, 2, Binning.EQUAL_MASS)).isCloseTo(0.25, within(1e-12));
    assertThat(table.format()).contains("0.500000");
  }

  @Test
  void equal_mass_bins_hold_equal_counts() {
    Distorted d = Distorted.sample(10_000, SEED);
    ReliabilityTable table = ReliabilityTable.of(d.scores(), d.labels(), 10, Binning.EQUAL_MASS);
    assertThat(table.bins()).hasSize(10).allSatisfy(b -> assertThat(b.count()).isEqualTo(1000));
  }

  @Test
  void isotonic_pools_adjacent_violators_and_interpolates() {
    IsotonicCalibrator iso =
        IsotonicCalibrator.fit(new double[] {1, 2, 3, 4}, new int[] {1, 0, 1, 1});
    // (1: 1, 2: 0) violate and pool to 0.5; 3 and 4 pool into one step of 1
    assertThat(iso.knotScores()).containsExactly(1, 2, 3, 4);
    assertThat(iso.knotValues()).containsExactly(0.5, 0.5, 1, 1);
    assertThat(iso.calibrate(0)).isEqualTo(0.5);
    assertThat(iso.calibrate(2.5)).isEqualTo(0.75);
    assertThat(iso.calibrate(9)).isEqualTo(1);
  }

  @Test
  void isotonic_is_monotone_and_reduces_ece_on_held_out_data() {
    Distorted fit = Distorted.sample(20_000, SEED);
    Distorted test = Distorted.sample(20_000, SEED + 1);
    IsotonicCalibrator iso = IsotonicCalibrator.fit(fit.scores(), fit.labels());
    double previous = -1;
    for (double p = 0; p <= 1; p += 0.001) {
      assertThat(iso.calibrate(p)).isGreaterThanOrEqualTo(previous);
      previous = iso.calibrate(p);
    }
    double before = Metrics.ece(test.scores(), test.labels(), 20, Binning.EQUAL_MASS);
    double after = Metrics.ece(iso.calibrate(test.scores()), test.labels(), 20, Binning.EQUAL_MASS);
    assertThat(before).as("seed=%d", SEED).isGreaterThan(0.15);
    // 20 bins of 1000 labels leave a sampling floor near 0.015
    assertThat(after).as("seed=%d", SEED).isLessThan(0.05).isLessThan(before / 5);
    IsotonicCalibrator copy = IsotonicCalibrator.of(iso.knotScores(), iso.knotValues());
    assertThat(copy.calibrate(0.37)).isEqualTo(iso.calibrate(0.37));
  }

  @Test
  void platt_recovers_a_known_logit_distortion() {
    SplittableRandom random = new SplittableRandom(SEED);
    int n = 50_000;
    double[] s = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double z = random.nextGaussian() * 1.5 - 1;
      s[i] = 1 / (1 + Math.exp(-(2 * z + 1))); // overconfident and shifted: logit(s) = 2z + 1
      y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    }
    PlattCalibrator platt = PlattCalibrator.fit(s, y);
    assertThat(platt.a()).as("seed=%d", SEED).isCloseTo(0.5, within(0.03));
    assertThat(platt.b()).as("seed=%d", SEED).isCloseTo(-0.5, within(0.05));
    assertThat(Metrics.ece(platt.calibrate(s), y, 20, Binning.EQUAL_MASS))
        .isLessThan(Metrics.ece(s, y, 20, Binning.EQUAL_MASS) / 3);
  }

  @Test
  void prediction_log_reports_all_metrics() {
    PredictionLog log = new PredictionLog();
    log.add(0.1, 0, 1);
    log.add(0.9, 1, 1);
    log.add(0.4, 1, 2);
    log.add(0.6, 0, 2);
    log.add(0.3, 0);
    Evaluation e = log.evaluate();
    assertThat(e.count()).isEqualTo(5);
    assertThat(e.positives()).isEqualTo(2);
    assertThat(e.auc()).isEqualTo(Metrics.auc(log.scores(), log.labels()));
    assertThat(e.groupAuc().value()).isCloseTo(0.5, within(1e-12));
    assertThat(e.summary()).contains("auc=").contains("(2 groups)");
  }
}
