package io.aimpoint.sim.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.sim.world.InterestDrift;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConversionModelTest {
  private static final World WORLD = World.generate(WorldConfig.demo(23).withUsers(3_000));
  private static final List<SimUser> HUMANS =
      WORLD.users().stream().filter(u -> !u.isBot()).toList();
  private static final List<SimCreative> CREATIVES = WORLD.creatives();
  private final Instant start = WORLD.config().start();
  private final InterestDrift drift = new InterestDrift(WORLD.taxonomy(), start);
  private final ClickModel clicks = new ClickModel(WORLD.taxonomy(), drift);
  private final ConversionModel conversions = new ConversionModel(WORLD.taxonomy(), drift);

  @Test
  void bots_never_convert() {
    List<SimUser> bots = WORLD.users().stream().filter(SimUser::isBot).toList();
    assertThat(bots).isNotEmpty();
    for (SimUser bot : bots) {
      for (SimCreative creative : CREATIVES) {
        assertThat(conversions.probability(bot, creative, start.plusSeconds(1_000))).isZero();
      }
    }
  }

  @Test
  void conversion_rate_per_click_is_between_2_and_10_percent() {
    SplittableRandom rng = new SplittableRandom(1);
    double clickMass = 0;
    double conversionMass = 0;
    for (int i = 0; i < 50_000; i++) {
      SimUser user = HUMANS.get(rng.nextInt(HUMANS.size()));
      SimCreative creative = CREATIVES.get(rng.nextInt(CREATIVES.size()));
      Instant at = start.plusSeconds(rng.nextLong(86_400));
      double click = clicks.probability(user, creative, new ClickContext(at, null, false, 0, 0));
      clickMass += click;
      conversionMass += click * conversions.probability(user, creative, at);
    }
    assertThat(conversionMass / clickMass).isBetween(0.02, 0.10);
  }

  @Test
  void interest_and_purchase_propensity_raise_the_conversion_rate() {
    SimCreative creative = CREATIVES.get(0);
    int category = WORLD.taxonomy().category(creative.category()).index();
    Instant at = start.plusSeconds(5_000);
    double interested =
        mean(HUMANS.stream().filter(u -> u.interests().top() == category).toList(), creative, at);
    double indifferent =
        mean(
            HUMANS.stream()
                .filter(u -> drift.at(u, at).affinity(category, WORLD.taxonomy()) == 0)
                .toList(),
            creative,
            at);
    assertThat(interested).isGreaterThan(2 * indifferent);
    List<SimUser> byPropensity =
        HUMANS.stream()
            .sorted(
                (a, b) ->
                    Double.compare(
                        a.traits().purchasePropensity(), b.traits().purchasePropensity()))
            .toList();
    int fifth = byPropensity.size() / 5;
    double low = mean(byPropensity.subList(0, fifth), creative, at);
    double high =
        mean(byPropensity.subList(byPropensity.size() - fifth, byPropensity.size()), creative, at);
    assertThat(high).isGreaterThan(1.5 * low);
  }

  @Test
  void conversions_follow_clicks_within_a_week_with_a_median_near_twenty_minutes() {
    SplittableRandom rng = new SplittableRandom(4);
    long[] seconds = new long[5_001];
    for (int i = 0; i < seconds.length; i++) {
      Duration delay = ConversionModel.sampleDelay(rng);
      assertThat(delay).isPositive().isLessThanOrEqualTo(ConversionModel.MAX_DELAY);
      seconds[i] = delay.toSeconds();
    }
    Arrays.sort(seconds);
    assertThat(seconds[seconds.length / 2]).isBetween(15 * 60L, 25 * 60L);
  }

  @Test
  void conversion_values_are_priced_by_category() {
    SplittableRandom rng = new SplittableRandom(5);
    double auto = 0;
    double books = 0;
    for (int i = 0; i < 200; i++) {
      auto += conversions.sampleValueMicros("auto", rng);
      books += conversions.sampleValueMicros("books", rng);
    }
    assertThat(auto).isGreaterThan(100 * books);
  }

  private double mean(List<SimUser> users, SimCreative creative, Instant at) {
    return users.stream()
        .mapToDouble(u -> conversions.probability(u, creative, at))
        .average()
        .orElseThrow();
  }
}
