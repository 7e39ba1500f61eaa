package io.aimpoint.sim.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.sim.world.Language;
import io.aimpoint.sim.world.SimPlacement;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.TextGenerator;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {
  private static final World WORLD = World.generate(WorldConfig.demo(31).withUsers(1_500));
  private static final TrafficGenerator TRAFFIC = new TrafficGenerator(WORLD);
  private static final List<SimEvent> DAY_ONE = allEvents(1);

  @Test
  void same_seed_gives_the_same_traffic_and_another_seed_other_traffic() {
    SimUser user = WORLD.users().get(10);
    Instant from = WORLD.config().start();
    Instant to = from.plus(Duration.ofDays(2));
    assertThat(TRAFFIC.generate(user, from, to, new SplittableRandom(1)))
        .isEqualTo(TRAFFIC.generate(user, from, to, new SplittableRandom(1)))
        .isNotEqualTo(TRAFFIC.generate(user, from, to, new SplittableRandom(2)));
    assertThat(TRAFFIC.day(user, 3)).isEqualTo(TRAFFIC.day(user, 3));
    World other = World.generate(WorldConfig.demo(32).withUsers(20));
    assertThat(new TrafficGenerator(other).day(other.users().get(10), 1))
        .isNotEqualTo(TRAFFIC.day(user, 1));
  }

  @Test
  void events_lie_in_the_window_in_time_order() {
    SimUser user = WORLD.users().get(4);
    Instant from = WORLD.config().start().plusSeconds(1_234);
    Instant to = from.plus(Duration.ofHours(30));
    List<SimEvent> events = TRAFFIC.generate(user, from, to, new SplittableRandom(9));
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).at()).isBetween(from, to.minusNanos(1));
      assertThat(events.get(i).userId()).isEqualTo(user.id());
      if (i > 0) {
        assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
      }
    }
    assertThatThrownBy(() -> TRAFFIC.generate(user, to, from, new SplittableRandom(1)))
        .hasMessageContaining("from=" + to);
  }

  @Test
  void a_day_has_all_kinds_of_events_with_unique_ids() {
    assertThat(DAY_ONE).hasAtLeastOneElementOfType(SimPageView.class);
    assertThat(DAY_ONE).hasAtLeastOneElementOfType(SimSearch.class);
    assertThat(DAY_ONE).hasAtLeastOneElementOfType(SimPurchase.class);
    assertThat(DAY_ONE).hasAtLeastOneElementOfType(SimSocial.class);
    assertThat(DAY_ONE).hasAtLeastOneElementOfType(AdOpportunity.class);
    assertThat(DAY_ONE.stream().map(SimEvent::eventId).distinct().count())
        .isEqualTo(DAY_ONE.size());
    long humanPages = DAY_ONE.stream().filter(e -> e instanceof SimPageView && !isBot(e)).count();
    long humans = WORLD.users().stream().filter(u -> !u.isBot()).count();
    assertThat(humanPages / (double) humans).isBetween(2.0, 15.0);
  }

  @Test
  void pages_are_written_in_both_languages_from_the_category_vocabulary() {
    List<Page> pages = pages(DAY_ONE);
    assertThat(pages).anyMatch(p -> p.language() == Language.ZH);
    assertThat(pages).anyMatch(p -> p.language() == Language.EN);
    long mentioning = 0;
    for (Page p : pages) {
      assertThat(TextGenerator.containsHan(p.title() + p.text()))
          .isEqualTo(p.language() == Language.ZH);
      List<String> nouns = WORLD.taxonomy().category(p.category()).vocabulary(p.language()).nouns();
      assertThat(nouns).containsAll(p.keywords());
      mentioning += nouns.stream().anyMatch(n -> (p.title() + p.text()).contains(n)) ? 1 : 0;
      assertThat(p.url()).startsWith("https://");
    }
    // A few pages have a noun-free title and only off-topic sentences.
    assertThat(mentioning / (double) pages.size()).isGreaterThan(0.95);
  }

  @Test
  void human_pages_are_mostly_about_the_users_interests() {
    long onInterest = 0;
    long total = 0;
    for (SimEvent e : DAY_ONE) {
      if (e instanceof SimPageView view && !isBot(e)) {
        SimUser user = WORLD.user(e.userId());
        int category = WORLD.taxonomy().category(view.page().category()).index();
        onInterest += user.interests().weight(category) > 0 ? 1 : 0;
        total++;
      }
    }
    assertThat(onInterest / (double) total).isBetween(0.75, 0.97);
  }

  @Test
  void ad_opportunities_ask_for_slots_within_their_placement_and_searches_carry_the_query() {
    for (SimEvent e : DAY_ONE) {
      if (e instanceof AdOpportunity ad) {
        SimPlacement placement = WORLD.placement(ad.placementId());
        assertThat(ad.slots()).isBetween(placement.minSlots(), placement.maxSlots());
        boolean search = ad.placementId().equals(SimPlacement.SEARCH_RESULTS);
        assertThat(ad.context().isSearch()).isEqualTo(search);
        assertThat(ad.context().pageText()).isNotBlank();
        WORLD.taxonomy().category(ad.context().category());
      }
    }
  }

  @Test
  void bots_request_many_ads_but_never_buy_or_socialize() {
    List<SimEvent> bots = DAY_ONE.stream().filter(TrafficGeneratorTest::isBot).toList();
    long botUsers = WORLD.users().stream().filter(SimUser::isBot).count();
    long humans = WORLD.users().size() - botUsers;
    assertThat(bots).noneMatch(e -> e instanceof SimPurchase || e instanceof SimSocial);
    double botAds =
        bots.stream().filter(e -> e instanceof AdOpportunity).count() / (double) botUsers;
    double humanAds =
        DAY_ONE.stream().filter(e -> e instanceof AdOpportunity && !isBot(e)).count()
            / (double) humans;
    assertThat(botAds).isGreaterThan(2 * humanAds);
  }

  @Test
  void humans_are_more_active_in_the_evening_than_before_dawn() {
    int evening = 0;
    int night = 0;
    for (SimEvent e : DAY_ONE) {
      if (e instanceof SimPageView && !isBot(e)) {
        SimUser user = WORLD.user(e.userId());
        int hour = e.at().atZone(ZoneId.of(user.origin().zoneId())).getHour();
        evening += hour >= 19 && hour <= 22 ? 1 : 0;
        night += hour >= 2 && hour <= 5 ? 1 : 0;
      }
    }
    assertThat(evening).isGreaterThan(5 * night);
  }

  private static List<SimEvent> allEvents(int day) {
    List<SimEvent> out = new ArrayList<>();
    for (SimUser user : WORLD.users()) {
      out.addAll(TRAFFIC.day(user, day));
    }
    return out;
  }

  private static List<Page> pages(List<SimEvent> events) {
    return events.stream()
        .filter(e -> e instanceof SimPageView)
        .map(e -> ((SimPageView) e).page())
        .toList();
  }

  private static boolean isBot(SimEvent e) {
    return WORLD.user(e.userId()).isBot();
  }
}
