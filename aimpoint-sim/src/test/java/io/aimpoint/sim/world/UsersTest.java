package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.campaign.Gender;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UsersTest {
  private static final WorldConfig CONFIG =
      new WorldConfig(11, 5_000, 15, 2, 1, 0.2, 0.05, WorldConfig.DEFAULT_START);
  private static final List<SimUser> USERS = World.generate(CONFIG).users();
  private static final List<SimUser> HUMANS = USERS.stream().filter(u -> !u.isBot()).toList();

  @Test
  void bot_and_consent_shares_follow_the_config() {
    double bots = USERS.stream().filter(SimUser::isBot).count() / (double) USERS.size();
    double withoutConsent =
        HUMANS.stream().filter(u -> !u.traits().consent()).count() / (double) HUMANS.size();
    assertThat(bots).isBetween(0.04, 0.06);
    assertThat(withoutConsent).isBetween(0.17, 0.23);
  }

  @Test
  void interests_are_sparse_mixes_of_one_to_four_categories() {
    for (SimUser u : HUMANS) {
      assertThat(u.interests().support()).isBetween(1, 4);
      assertThat(Arrays.stream(u.interests().weights()).sum()).isCloseTo(1.0, within(1e-9));
    }
    Set<Integer> supports =
        HUMANS.stream().map(u -> u.interests().support()).collect(Collectors.toSet());
    assertThat(supports).containsExactlyInAnyOrder(1, 2, 3, 4);
  }

  @Test
  void demographics_are_plausible_and_predict_interests() {
    assertThat(HUMANS).allMatch(u -> u.demographics().age() >= 18 && u.demographics().age() <= 70);
    assertThat(HUMANS).allMatch(u -> u.demographics().geo().country() != null);
    double cnShare =
        HUMANS.stream().filter(u -> "CN".equals(u.demographics().geo().country())).count()
            / (double) HUMANS.size();
    assertThat(cnShare).isBetween(0.6, 0.85);
    int beauty = Taxonomy.standard().category("beauty").index();
    double femaleBeauty = share(Gender.FEMALE, beauty);
    double maleBeauty = share(Gender.MALE, beauty);
    assertThat(femaleBeauty).isGreaterThan(3 * maleBeauty);
  }

  @Test
  void languages_include_chinese_english_and_bilingual_users() {
    long zh = HUMANS.stream().filter(u -> u.origin().language() == Language.ZH).count();
    long en = HUMANS.stream().filter(u -> u.origin().language() == Language.EN).count();
    long bilingual = HUMANS.stream().filter(u -> u.origin().bilingual()).count();
    assertThat(zh).isGreaterThan(HUMANS.size() / 2);
    assertThat(en).isGreaterThan(HUMANS.size() / 20);
    assertThat(bilingual).isGreaterThan(HUMANS.size() / 20);
  }

  @Test
  void activity_is_heavy_tailed() {
    double[] sessions =
        HUMANS.stream().mapToDouble(u -> u.traits().sessionsPerDay()).sorted().toArray();
    double median = sessions[sessions.length / 2];
    double p99 = sessions[sessions.length * 99 / 100];
    assertThat(median).isBetween(0.8, 1.8);
    assertThat(p99 / median).isGreaterThan(5);
  }

  @Test
  void bots_come_from_datacenters_mostly_with_odd_user_agents() {
    List<SimUser> bots = USERS.stream().filter(SimUser::isBot).toList();
    assertThat(bots).isNotEmpty();
    for (SimUser bot : bots) {
      assertThat(Networks.contains(bot.bot().datacenterCidr(), bot.origin().ipAddress())).isTrue();
      assertThat(Networks.ODD_USER_AGENTS.contains(bot.origin().userAgent()))
          .isEqualTo(bot.bot().oddUserAgent());
    }
    assertThat(bots.stream().filter(b -> b.bot().oddUserAgent()).count())
        .isGreaterThan(bots.size() / 2);
    for (SimUser human : HUMANS) {
      assertThat(Networks.DATACENTER_CIDRS)
          .noneMatch(cidr -> Networks.contains(cidr, human.origin().ipAddress()));
    }
  }

  private static double share(Gender gender, int category) {
    List<SimUser> group = HUMANS.stream().filter(u -> u.demographics().gender() == gender).toList();
    return group.stream().filter(u -> u.interests().weight(category) > 0).count()
        / (double) group.size();
  }
}
