package io.aimpoint.sim.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.sim.world.InterestDrift;
import io.aimpoint.sim.world.Language;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.Taxonomy;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClickModelTest {
  private static final World WORLD = World.generate(WorldConfig.demo(17).withUsers(3_000));
  private static final Taxonomy TAXONOMY = WORLD.taxonomy();
  private static final List<SimUser> HUMANS =
      WORLD.users().stream().filter(u -> !u.isBot()).toList();
  private static final List<SimCreative> CREATIVES = WORLD.creatives();
  private final Instant start = WORLD.config().start();
  private final InterestDrift drift = new InterestDrift(TAXONOMY, start);
  private final ClickModel model = new ClickModel(TAXONOMY, drift);

  @Test
  void ctr_of_a_random_ad_to_a_random_user_is_between_0_3_and_5_percent() {
    SplittableRandom rng = new SplittableRandom(1);
    double sum = 0;
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      SimUser user = HUMANS.get(rng.nextInt(HUMANS.size()));
      SimCreative creative = CREATIVES.get(rng.nextInt(CREATIVES.size()));
      String page = TAXONOMY.get(user.interests().sample(rng)).id();
      Instant at = start.plusSeconds(rng.nextLong(86_400));
      sum +=
          model.probability(user, creative, new ClickContext(at, page, false, rng.nextInt(3), 0));
    }
    assertThat(sum / n).isBetween(0.003, 0.05);
  }

  @Test
  void affinity_raises_ctr_strongly() {
    SplittableRandom rng = new SplittableRandom(2);
    double matched = 0;
    double unmatched = 0;
    int pairs = 0;
    for (SimUser user : HUMANS.subList(0, 1_000)) {
      SimCreative liked = readable(user, true, rng);
      SimCreative unrelated = readable(user, false, rng);
      if (liked == null || unrelated == null) {
        continue;
      }
      ClickContext context = new ClickContext(start.plusSeconds(3_600 * 12), null, false, 0, 0);
      matched += model.probability(user, liked, context) / liked.quality();
      unmatched += model.probability(user, unrelated, context) / unrelated.quality();
      pairs++;
    }
    assertThat(pairs).isGreaterThan(500);
    assertThat(matched / unmatched).isGreaterThan(5);
  }

  @Test
  void lower_positions_get_fewer_clicks_by_the_examination_factor() {
    SimUser user = HUMANS.get(0);
    SimCreative creative = CREATIVES.get(0);
    Instant at = start.plusSeconds(40_000);
    double p0 = model.probability(user, creative, new ClickContext(at, null, false, 0, 0));
    double p1 = model.probability(user, creative, new ClickContext(at, null, false, 1, 0));
    double p2 = model.probability(user, creative, new ClickContext(at, null, false, 2, 0));
    assertThat(p0).isGreaterThan(p1);
    assertThat(p1).isGreaterThan(p2);
    assertThat(p1 / p0).isCloseTo(ClickModel.examination(1), within(1e-12));
    assertThat(ClickModel.examination(0)).isEqualTo(1.0);
  }

  @Test
  void repeated_exposure_to_a_campaign_lowers_ctr() {
    SimUser user = HUMANS.get(5);
    SimCreative creative = CREATIVES.get(7);
    Instant at = start.plusSeconds(50_000);
    double fresh = model.probability(user, creative, new ClickContext(at, null, false, 0, 0));
    double twice = model.probability(user, creative, new ClickContext(at, null, false, 0, 2));
    double tired = model.probability(user, creative, new ClickContext(at, null, false, 0, 10));
    assertThat(twice).isLessThan(fresh);
    assertThat(tired).isLessThan(twice);
    assertThat(tired / fresh).isLessThan(0.7);
  }

  @Test
  void a_matching_page_and_even_more_a_matching_search_raise_ctr() {
    SimUser user = HUMANS.get(8);
    SimCreative creative = CREATIVES.get(11);
    String same = creative.category();
    int sameIndex = TAXONOMY.category(same).index();
    String other =
        TAXONOMY.categories().stream()
            .filter(c -> TAXONOMY.relatedness(c.index(), sameIndex) == 0)
            .findFirst()
            .orElseThrow()
            .id();
    Instant at = start.plusSeconds(30_000);
    double offPage = model.probability(user, creative, new ClickContext(at, other, false, 0, 0));
    double onPage = model.probability(user, creative, new ClickContext(at, same, false, 0, 0));
    double onSearch = model.probability(user, creative, new ClickContext(at, same, true, 0, 0));
    assertThat(onPage).isGreaterThan(offPage * 1.5);
    assertThat(onSearch).isGreaterThan(onPage);
  }

  @Test
  void users_rarely_click_ads_in_a_language_they_cannot_read() {
    SimUser monolingual =
        HUMANS.stream()
            .filter(u -> !u.origin().bilingual() && u.origin().language() == Language.ZH)
            .findFirst()
            .orElseThrow();
    SimCreative en =
        CREATIVES.stream().filter(c -> c.language() == Language.EN).findFirst().orElseThrow();
    SimCreative zh =
        CREATIVES.stream()
            .filter(c -> c.language() == Language.ZH && c.category().equals(en.category()))
            .findFirst()
            .orElseThrow();
    ClickContext context = new ClickContext(start.plusSeconds(70_000), null, false, 0, 0);
    double readable = model.probability(monolingual, zh, context) / zh.quality();
    double foreign = model.probability(monolingual, en, context) / en.quality();
    assertThat(foreign).isLessThan(readable / 5);
  }

  @Test
  void bots_click_often_and_in_bursts_whatever_the_ad() {
    List<SimUser> bots = WORLD.users().stream().filter(SimUser::isBot).toList();
    assertThat(bots).isNotEmpty();
    SimUser bot = bots.get(0);
    int bursting = 0;
    double sum = 0;
    int minutes = 3 * 24 * 60;
    for (int m = 0; m < minutes; m++) {
      Instant at = start.plus(Duration.ofMinutes(m));
      double p =
          model.probability(
              bot, CREATIVES.get(m % CREATIVES.size()), new ClickContext(at, null, false, 2, 9));
      assertThat(p).isIn(bot.bot().baseClickProbability(), bot.bot().burstClickProbability());
      bursting += bot.bot().inBurst(bot.seed(), at) ? 1 : 0;
      sum += p;
    }
    assertThat(bursting).isBetween(1, minutes / 2);
    assertThat(sum / minutes).isGreaterThan(0.02);
  }

  /**
   * A creative the user can read whose category is (or is unrelated to) the user's top interest.
   */
  private SimCreative readable(SimUser user, boolean liked, SplittableRandom rng) {
    int top = user.interests().top();
    List<SimCreative> candidates =
        CREATIVES.stream()
            .filter(c -> user.origin().reads(c.language()))
            .filter(
                c -> {
                  int category = TAXONOMY.category(c.category()).index();
                  double affinity =
                      drift.at(user, start.plusSeconds(3_600 * 12)).affinity(category, TAXONOMY);
                  return liked ? category == top : affinity == 0;
                })
            .toList();
    return candidates.isEmpty() ? null : candidates.get(rng.nextInt(candidates.size()));
  }
}
