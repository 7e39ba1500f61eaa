package io.aimpoint.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentAdActivityTest {
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void counts_halve_every_half_life() {
    RecentAdActivity a = RecentAdActivity.NONE.plus(4, 2, T0);

    RecentAdActivity later = a.asOf(T0.plus(RecentAdActivity.HALF_LIFE));
    assertThat(later.impressions()).isCloseTo(2, within(1e-12));
    assertThat(later.clicks()).isCloseTo(1, within(1e-12));
    assertThat(a.asOf(T0.plus(RecentAdActivity.HALF_LIFE.multipliedBy(10))).clicks())
        .isLessThan(0.002);
  }

  @Test
  void asking_for_an_earlier_instant_changes_nothing() {
    RecentAdActivity a = RecentAdActivity.NONE.plus(1, 1, T0);

    assertThat(a.asOf(T0.minusSeconds(60))).isEqualTo(a);
    assertThat(RecentAdActivity.NONE.asOf(T0)).isEqualTo(RecentAdActivity.NONE);
  }

  @Test
  void the_result_does_not_depend_on_the_order_events_arrive_in() {
    Instant t1 = T0.plusSeconds(90);
    Instant t2 = T0.plusSeconds(400);
    Instant at = T0.plusSeconds(1000);

    RecentAdActivity inOrder =
        RecentAdActivity.NONE.plus(1, 0, T0).plus(1, 1, t1).plus(1, 0, t2).asOf(at);
    RecentAdActivity shuffled =
        RecentAdActivity.NONE.plus(1, 0, t2).plus(1, 1, t1).plus(1, 0, T0).asOf(at);

    assertThat(shuffled.impressions()).isCloseTo(inOrder.impressions(), within(1e-12));
    assertThat(shuffled.clicks()).isCloseTo(inOrder.clicks(), within(1e-12));
    assertThat(shuffled.at()).isEqualTo(at);
    // three impressions between 600 and 1000 seconds old, each worth less than one
    assertThat(inOrder.impressions()).isBetween(1.0, 3.0);
  }

  @Test
  void rejects_negative_counts() {
    assertThatThrownBy(() -> new RecentAdActivity(-1, 0, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("impressions=-1");
    assertThatThrownBy(() -> new RecentAdActivity(0, Double.NaN, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
