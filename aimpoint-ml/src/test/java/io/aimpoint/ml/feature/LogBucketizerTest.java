package io.aimpoint.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogBucketizerTest {

  @Test
  void octaves_put_each_doubling_in_its_own_bucket() {
    LogBucketizer b = LogBucketizer.octaves();
    assertThat(b.bucket(0L)).isZero();
    assertThat(b.bucket(0.5)).isEqualTo(1);
    assertThat(b.bucket(1L)).isEqualTo(2);
    assertThat(b.bucket(2L)).isEqualTo(3);
    assertThat(b.bucket(3L)).isEqualTo(3);
    assertThat(b.bucket(4L)).isEqualTo(4);
    assertThat(b.bucket(1023L)).isEqualTo(11);
    assertThat(b.bucket(1024L)).isEqualTo(12);
    assertThat(b.bucket(-5L)).isEqualTo(-4);
  }

  @Test
  void integer_and_double_buckets_agree() {
    for (int steps = 1; steps <= 4; steps++) {
      LogBucketizer b = new LogBucketizer(steps);
      for (long x = -3000; x <= 3000; x += 7) {
        assertThat(b.bucket(x)).as("x=%d steps=%d", x, steps).isEqualTo(b.bucket((double) x));
      }
    }
  }

  @Test
  void finer_steps_are_monotone_in_the_value() {
    LogBucketizer b = new LogBucketizer(4);
    int previous = b.bucket(1.0);
    for (double x = 1.0; x < 1e7; x *= 1.01) {
      assertThat(b.bucket(x)).isGreaterThanOrEqualTo(previous);
      previous = b.bucket(x);
    }
    assertThat(b.bucket(1024.0)).isEqualTo(2 + 4 * 10);
  }

  @Test
  void non_finite_values_have_their_own_bucket() {
    assertThat(LogBucketizer.octaves().bucket(Double.NaN)).isEqualTo(LogBucketizer.NOT_A_NUMBER);
    assertThat(LogBucketizer.octaves().bucket(Double.POSITIVE_INFINITY))
        .isEqualTo(LogBucketizer.NOT_A_NUMBER);
    assertThatThrownBy(() -> new LogBucketizer(0)).hasMessageContaining("stepsPerOctave=0");
  }
}
