package io.aimpoint.engine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.testkit.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterestProfilerTest {
  private static final Instant T0 = Samples.T0;
  private final InterestProfiler profiler = new InterestProfiler();

  @Test
  void a_weight_halves_every_half_life() {
    UserProfile p = UserProfile.empty("u", Instant.EPOCH);
    p = profiler.apply(p, List.of(Samples.pageView("e1", "u", T0)));
    p =
        profiler.apply(
            p, List.of(Samples.pageView("e2", "u", T0.plus(InterestProfiler.HALF_LIFE))));

    assertThat(p.interests().get("news")).isCloseTo(1.5, within(1e-9));
    assertThat(p.eventCount()).isEqualTo(2);
    assertThat(p.updatedAt()).isEqualTo(T0.plus(InterestProfiler.HALF_LIFE));
  }

  @Test
  void late_events_give_the_same_weights_as_events_in_order() {
    Event early = Samples.pageView("e1", "u", T0);
    Event late = Samples.pageView("e2", "u", T0.plus(Duration.ofDays(3)));
    UserProfile empty = UserProfile.empty("u", Instant.EPOCH);

    UserProfile inOrder = profiler.apply(empty, List.of(early, late));
    UserProfile reversed = profiler.apply(empty, List.of(late, early));

    assertThat(reversed.interests().get("news"))
        .isCloseTo(inOrder.interests().get("news"), within(1e-9));
    assertThat(reversed.updatedAt()).isEqualTo(inOrder.updatedAt());
  }

  @Test
  void purchases_weigh_more_than_views_and_searches_add_no_category() {
    UserProfile p =
        profiler.apply(
            UserProfile.empty("u", Instant.EPOCH),
            List.of(
                Samples.pageView("e1", "u", T0),
                new Purchase("e2", "u", T0, Consent.GRANTED, "sku", "Shoes", 1),
                new Search("e3", "u", T0, Consent.GRANTED, "shoes")));

    assertThat(p.interests()).containsOnlyKeys("news", "shoes");
    assertThat(p.interests().get("shoes")).isGreaterThan(p.interests().get("news"));
    assertThat(p.eventCount()).isEqualTo(3);
  }

  @Test
  void weights_that_decayed_away_are_dropped() {
    UserProfile p =
        profiler.apply(
            UserProfile.empty("u", Instant.EPOCH), List.of(Samples.pageView("e1", "u", T0)));
    p =
        profiler.apply(
            p, List.of(new Search("e2", "u", T0.plus(Duration.ofDays(200)), Consent.GRANTED, "q")));

    assertThat(p.interests()).isEmpty();
  }
}
