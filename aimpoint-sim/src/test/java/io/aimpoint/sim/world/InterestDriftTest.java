package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterestDriftTest {
  private static final World WORLD = World.generate(WorldConfig.demo(21).withUsers(1_000));
  private static final List<SimUser> HUMANS =
      WORLD.users().stream().filter(u -> !u.isBot()).toList();
  private final Instant start = WORLD.config().start();
  private final InterestDrift drift = new InterestDrift(WORLD.taxonomy(), start);

  @Test
  void day_zero_is_the_generated_mix() {
    SimUser user = HUMANS.get(0);
    assertThat(drift.onDay(user, 0)).isEqualTo(user.interests());
    assertThat(drift.at(user, start)).isEqualTo(user.interests());
    assertThat(drift.at(user, start.minusSeconds(3600))).isEqualTo(user.interests());
  }

  @Test
  void interests_change_slowly_from_day_to_day_but_noticeably_over_a_month() {
    double daily = 0;
    double monthly = 0;
    for (SimUser u : HUMANS) {
      InterestMix day0 = drift.onDay(u, 0);
      InterestMix day1 = drift.onDay(u, 1);
      double step = day0.totalVariation(day1);
      assertThat(step).isLessThanOrEqualTo(u.traits().driftRate() + 4 * InterestMix.PRUNE_BELOW);
      daily += step;
      monthly += day0.totalVariation(drift.onDay(u, 30));
    }
    daily /= HUMANS.size();
    monthly /= HUMANS.size();
    assertThat(daily).isBetween(0.005, 0.08);
    assertThat(monthly).isGreaterThan(4 * daily);
  }

  @Test
  void drifted_mixes_stay_normalized_and_sparse() {
    double support = 0;
    for (SimUser u : HUMANS.subList(0, 200)) {
      InterestMix later = drift.onDay(u, 60);
      double sum = 0;
      for (double w : later.weights()) {
        sum += w;
      }
      assertThat(sum).isCloseTo(1.0, within(1e-9));
      assertThat(later.support()).isLessThanOrEqualTo(10);
      support += later.support();
    }
    assertThat(support / 200).isLessThan(5);
  }

  @Test
  void within_a_day_the_mix_moves_continuously_and_deterministically() {
    SimUser user = HUMANS.get(3);
    Instant noon = start.plus(Duration.ofDays(2)).plus(Duration.ofHours(12));
    InterestMix a = drift.at(user, noon);
    InterestMix b = drift.at(user, noon.plusSeconds(60));
    assertThat(a).isEqualTo(drift.at(user, noon));
    assertThat(a.totalVariation(b)).isLessThan(0.001);
    InterestMix endOfDay = drift.at(user, start.plus(Duration.ofDays(3)).minusSeconds(1));
    assertThat(endOfDay.totalVariation(drift.onDay(user, 3))).isLessThan(0.001);
  }

  @Test
  void affinity_is_one_for_the_top_category_and_zero_for_unrelated_ones() {
    Taxonomy taxonomy = Taxonomy.standard();
    double[] raw = new double[taxonomy.size()];
    raw[taxonomy.category("games").index()] = 0.6;
    raw[taxonomy.category("beauty").index()] = 0.4;
    InterestMix mix = InterestMix.of(raw);
    assertThat(mix.affinity(taxonomy.category("games").index(), taxonomy)).isEqualTo(1.0);
    assertThat(mix.affinity(taxonomy.category("beauty").index(), taxonomy))
        .isCloseTo(0.4 / 0.6, within(1e-12));
    assertThat(mix.affinity(taxonomy.category("electronics").index(), taxonomy))
        .isCloseTo(Taxonomy.RELATED_WEIGHT, within(1e-12));
    assertThat(mix.affinity(taxonomy.category("auto").index(), taxonomy)).isZero();
  }
}
