package io.aimpoint.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExposureFatigueTest {
  private static final long SEED = 61L;

  @Test
  void buckets_are_0_1_2_3_to_4_and_5_or_more() {
    assertThat(ExposureFatigue.bucket(0)).isZero();
    assertThat(ExposureFatigue.bucket(1)).isEqualTo(1);
    assertThat(ExposureFatigue.bucket(2)).isEqualTo(2);
    assertThat(ExposureFatigue.bucket(3)).isEqualTo(3);
    assertThat(ExposureFatigue.bucket(4)).isEqualTo(3);
    assertThat(ExposureFatigue.bucket(5)).isEqualTo(4);
    assertThat(ExposureFatigue.bucket(500)).isEqualTo(4);
  }

  @Test
  void starts_neutral() {
    assertThat(new ExposureFatigue(100).multipliers()).containsOnly(1.0);
  }

  @Test
  void learns_planted_fatigue_as_multipliers_that_fall_with_exposures() {
    double[] planted = {0.04, 0.03, 0.02, 0.015, 0.01};
    ExposureFatigue fatigue = new ExposureFatigue(200);
    Random random = new Random(SEED);
    for (int b = 0; b < planted.length; b++) {
      for (int i = 0; i < 40_000; i++) {
        fatigue.recordImpression(b);
        if (random.nextDouble() < planted[b]) {
          fatigue.recordClick(b);
        }
      }
    }
    double[] m = fatigue.multipliers();
    double overall = 0.023; // mean of the planted rates
    for (int b = 0; b < planted.length; b++) {
      assertThat(m[b])
          .as("bucket " + b + ", seed " + SEED)
          .isCloseTo(planted[b] / overall, within(0.1));
      if (b > 0) {
        assertThat(m[b]).isLessThan(m[b - 1]);
      }
    }
  }

  @Test
  void a_bucket_with_little_evidence_stays_near_neutral() {
    ExposureFatigue fatigue = new ExposureFatigue(1_000);
    for (int i = 0; i < 10_000; i++) {
      fatigue.recordImpression(0);
      if (i % 50 == 0) {
        fatigue.recordClick(0);
      }
    }
    fatigue.recordImpression(4); // one unclicked impression at 5+ says little
    assertThat(fatigue.multipliers()[4]).isCloseTo(1.0, within(0.01));
  }
}
