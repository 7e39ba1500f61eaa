package io.aimpoint.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacingTest {
  static final Instant DAY = Instant.parse("2025-03-10T00:00:00Z");

  @Test
  void the_estimator_starts_uniform_and_learns_the_shape_of_past_days() {
    TrafficCurveEstimator estimator = new TrafficCurveEstimator(1.0);
    assertThat(estimator.curve().share(5)).isCloseTo(1.0 / 24, within(1e-12));
    for (int day = 0; day < 3; day++) {
      for (int h = 0; h < 24; h++) {
        estimator.record(DAY.plusSeconds(day * 86_400L + h * 3600L), h < 12 ? 10 : 30);
      }
    }
    estimator.advanceTo(DAY.plusSeconds(3 * 86_400L));
    TrafficCurve curve = estimator.curve();
    // Smoothed towards the mean (20) with one day of prior: (90 + 20) / 4 vs (30 + 20) / 4.
    assertThat(curve.share(18) / curve.share(6)).isCloseTo(27.5 / 12.5, within(1e-9));
    assertThat(curve.cumulativeShare(24)).isCloseTo(1.0, within(1e-9));
    assertThat(curve.cumulativeShare(12))
        .isCloseTo(12 * 12.5 / (12 * 12.5 + 12 * 27.5), within(1e-9));
  }

  @Test
  void the_plan_follows_the_cumulative_curve_within_the_hour() {
    TrafficCurve uniform = TrafficCurve.uniform();
    assertThat(uniform.planMicros(24_000, 6.5)).isEqualTo(6_500);
    assertThat(uniform.planMicros(24_000, 24)).isEqualTo(24_000);
  }

  @Test
  void the_controller_keeps_full_participation_behind_plan_and_throttles_ahead_of_it() {
    PidController pid = new PidController(PidGains.DEFAULTS);
    PidController.State behind = pid.step(PidController.State.INITIAL, 0.2, 1.0);
    assertThat(behind.participation()).isEqualTo(1.0);
    assertThat(behind.integral()).as("no windup while saturated").isZero();
    PidController.State ahead = pid.step(PidController.State.INITIAL, -0.1, 0.5);
    assertThat(ahead.participation()).isCloseTo(1 - 0.4 - 0.1, within(1e-9));
    PidController.State far = pid.step(ahead, -0.9, 10);
    assertThat(far.participation()).isEqualTo(PidGains.DEFAULTS.minParticipation());
    assertThat(Math.abs(far.integral())).isLessThanOrEqualTo(PidGains.DEFAULTS.integralLimit());
  }

  @Test
  void a_decaying_estimator_follows_the_latest_days() {
    TrafficCurveEstimator estimator = new TrafficCurveEstimator(0.25, 0.5);
    for (int day = 0; day < 4; day++) {
      for (int h = 0; h < 24; h++) {
        // The shape flips on the last day: the morning becomes the busy half.
        boolean busy = day < 3 ? h >= 12 : h < 12;
        estimator.record(DAY.plusSeconds(day * 86_400L + h * 3600L), busy ? 30 : 10);
      }
    }
    estimator.advanceTo(DAY.plusSeconds(4 * 86_400L));
    TrafficCurve curve = estimator.curve();
    // Weights 1/8, 1/4, 1/2, 1 on the four days: the morning's weighted sum is 42.5 vs 27.5.
    assertThat(curve.share(6)).isGreaterThan(curve.share(18));
    assertThat(new TrafficCurveEstimator(0.25).curve().share(3)).isCloseTo(1.0 / 24, within(1e-12));
  }

  @Test
  void a_controller_started_at_a_participation_holds_it_while_on_plan() {
    PidController pid = new PidController(PidGains.DEFAULTS);
    PidController.State start = pid.startingAt(0.3);
    assertThat(start.participation()).isCloseTo(0.3, within(1e-12));
    assertThat(pid.step(start, 0, 0.5).participation()).isCloseTo(0.3, within(1e-12));
    // Behind plan, it opens up from there; ahead, it throttles further.
    assertThat(pid.step(start, 0.05, 0.1).participation()).isGreaterThan(0.3);
    assertThat(pid.step(start, -0.05, 0.1).participation()).isLessThan(0.3);
    assertThat(new PidController(new PidGains(4, 0, 0, 0.01, 0.5)).startingAt(0.3))
        .isEqualTo(PidController.State.INITIAL);
  }
}
