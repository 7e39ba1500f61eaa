package io.aimpoint.sim.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SimClockTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void moves_only_forward() {
    SimClock clock = new SimClock(T0);
    clock.advance(Duration.ofMinutes(5));
    clock.advanceTo(T0);
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));
    assertThatThrownBy(() -> clock.set(T0)).hasMessageContaining(T0.toString());
  }

  @Test
  void a_zoned_view_follows_the_clock() {
    SimClock clock = new SimClock(T0);
    Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
    clock.set(T0.plusSeconds(60));
    assertThat(shanghai.instant()).isEqualTo(T0.plusSeconds(60));
    assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
  }
}
