package io.aimpoint.sim.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExposuresTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void counts_impressions_of_the_last_24_hours_per_user_and_campaign() {
    Exposures e = new Exposures();
    e.record("u1", "c1", T0);
    e.record("u1", "c1", T0.plus(Duration.ofHours(10)));
    e.record("u1", "c2", T0.plus(Duration.ofHours(11)));
    e.record("u2", "c1", T0.plus(Duration.ofHours(11)));
    assertThat(e.count("u1", "c1", T0.plus(Duration.ofHours(12)))).isEqualTo(2);
    assertThat(e.count("u1", "c1", T0.plus(Duration.ofHours(24)))).isEqualTo(1);
    assertThat(e.count("u1", "c1", T0.plus(Duration.ofHours(34)))).isZero();
    assertThat(e.count("u3", "c1", T0)).isZero();
  }
}
