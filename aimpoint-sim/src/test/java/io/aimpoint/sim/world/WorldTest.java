package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Targeting;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldTest {
  private static final World DEMO = World.generate(WorldConfig.demo(42));

  @Test
  void same_seed_generates_an_identical_world() {
    WorldConfig config = WorldConfig.demo(42).withUsers(500);
    World a = World.generate(config);
    World b = World.generate(config);
    assertThat(a.users()).isEqualTo(b.users());
    assertThat(a.advertisers()).isEqualTo(b.advertisers());
  }

  @Test
  void different_seed_generates_a_different_world() {
    World a = World.generate(WorldConfig.demo(1).withUsers(200));
    World b = World.generate(WorldConfig.demo(2).withUsers(200));
    assertThat(a.users()).isNotEqualTo(b.users());
    assertThat(a.creatives()).isNotEqualTo(b.creatives());
  }

  @Test
  void a_larger_world_contains_the_same_first_users() {
    World small = World.generate(WorldConfig.demo(5).withUsers(100));
    World large = World.generate(WorldConfig.demo(5).withUsers(300));
    assertThat(large.users().subList(0, 100)).isEqualTo(small.users());
  }

  @Test
  void demo_world_is_big_enough_for_the_demo_and_covers_every_category_in_both_languages() {
    assertThat(DEMO.users()).hasSize(10_000);
    assertThat(DEMO.advertisers()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(DEMO.campaigns()).hasSizeGreaterThanOrEqualTo(100);
    assertThat(DEMO.creatives()).hasSizeGreaterThanOrEqualTo(300);
    Set<String> categories =
        DEMO.creatives().stream().map(SimCreative::category).collect(Collectors.toSet());
    assertThat(categories).hasSize(DEMO.taxonomy().size());
    assertThat(DEMO.creatives().stream().map(SimCreative::language).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Language.ZH, Language.EN);
  }

  @Test
  void every_advertiser_campaign_and_creative_is_valid_for_the_engine() {
    for (SimAdvertiser a : DEMO.advertisers()) {
      a.advertiser().validate();
      for (SimCampaign c : a.campaigns()) {
        Campaign core = c.toCore("engine-adv-1");
        core.validate();
        assertThat(core.advertiserId()).isEqualTo("engine-adv-1");
        for (SimCreative k : c.creatives()) {
          k.toCore("engine-cmp-1", "engine-adv-1").validate();
          assertThat(k.category()).isEqualTo(c.category());
        }
      }
    }
  }

  @Test
  void keys_are_unique_and_resolve() {
    List<String> keys = DEMO.creatives().stream().map(SimCreative::key).toList();
    assertThat(new HashSet<>(keys)).hasSize(keys.size());
    SimCreative first = DEMO.creatives().get(0);
    assertThat(DEMO.creative(first.key())).isSameAs(first);
    assertThat(DEMO.campaign(first.campaignKey()).creatives()).contains(first);
    assertThat(DEMO.user(DEMO.users().get(17).id())).isSameAs(DEMO.users().get(17));
    assertThatThrownBy(() -> DEMO.creative("nope")).hasMessageContaining("nope");
  }

  @Test
  void bids_of_all_types_imply_comparable_ecpms() {
    double cpm = medianEcpm(BidType.CPM, 1);
    double cpc = medianEcpm(BidType.CPC, 1000 * CampaignGenerator.REFERENCE_CTR);
    double cpa =
        medianEcpm(
            BidType.CPA, 1000 * CampaignGenerator.REFERENCE_CTR * CampaignGenerator.REFERENCE_CVR);
    assertThat(cpc / cpm).isBetween(0.5, 2.0);
    assertThat(cpa / cpm).isBetween(0.5, 2.0);
    assertThat(cpm).isBetween(2_000_000.0, 30_000_000.0);
  }

  @Test
  void daily_budgets_spread_widely_around_the_fair_share_of_spend() {
    double fairImpressions =
        DEMO.config().users() * CampaignGenerator.AD_SLOTS_PER_USER_DAY / DEMO.campaigns().size();
    long below = 0;
    long above = 0;
    for (SimCampaign c : DEMO.campaigns()) {
      double ecpm = ecpm(c.campaign());
      double fairSpend = ecpm * fairImpressions / 1000;
      long daily = c.campaign().budget().dailyMicros();
      below += daily < 0.5 * fairSpend ? 1 : 0;
      above += daily > 2 * fairSpend ? 1 : 0;
    }
    assertThat(below).as("campaigns that will exhaust their budget").isGreaterThan(10);
    assertThat(above).as("campaigns that will not").isGreaterThan(10);
  }

  @Test
  void most_campaigns_are_broad_and_some_target_or_cap() {
    List<Campaign> campaigns = DEMO.campaigns().stream().map(SimCampaign::campaign).toList();
    long broad =
        campaigns.stream()
            .filter(c -> sameIgnoringLanguages(c.targeting(), Targeting.everyone()))
            .count();
    assertThat(broad).isGreaterThan(campaigns.size() / 3).isLessThan(campaigns.size() * 8 / 10);
    assertThat(campaigns).anyMatch(c -> !c.targeting().interests().isEmpty());
    assertThat(campaigns).anyMatch(c -> c.targeting().ageMin() != null);
    assertThat(campaigns).anyMatch(c -> !c.targeting().countries().isEmpty());
    assertThat(campaigns).anyMatch(c -> !c.targeting().includeKeywords().isEmpty());
    assertThat(campaigns.stream().filter(c -> c.frequencyCap() != null).count())
        .isBetween(10L, 70L);
  }

  @Test
  void creative_quality_is_log_normal_with_mean_near_one() {
    double[] q = DEMO.creatives().stream().mapToDouble(SimCreative::quality).toArray();
    assertThat(Arrays.stream(q).average().orElseThrow()).isBetween(0.85, 1.15);
    assertThat(Arrays.stream(q).max().orElseThrow() / Arrays.stream(q).min().orElseThrow())
        .isGreaterThan(4);
  }

  @Test
  void rejects_invalid_configs_naming_the_value() {
    assertThatThrownBy(() -> WorldConfig.demo(1).withUsers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("users=0");
    assertThatThrownBy(() -> WorldConfig.demo(1).withBotShare(1.0))
        .hasMessageContaining("botShare=1.0");
  }

  private static boolean sameIgnoringLanguages(Targeting t, Targeting everyone) {
    Targeting stripped =
        new Targeting(
            t.ageMin(),
            t.ageMax(),
            t.genders(),
            t.countries(),
            t.regions(),
            t.cities(),
            t.deviceTypes(),
            t.interests(),
            t.segments(),
            t.includeKeywords(),
            t.excludeKeywords(),
            null);
    return stripped.equals(everyone);
  }

  /** The median bid of {@code type} times the expected events per thousand impressions. */
  private static double medianEcpm(BidType type, double eventsPerMille) {
    double[] amounts =
        DEMO.campaigns().stream()
            .map(SimCampaign::campaign)
            .filter(c -> c.bid().type() == type)
            .mapToDouble(c -> c.bid().amountMicros())
            .sorted()
            .toArray();
    assertThat(amounts).isNotEmpty();
    return amounts[amounts.length / 2] * eventsPerMille;
  }

  private static double ecpm(Campaign c) {
    double amount = c.bid().amountMicros();
    return switch (c.bid().type()) {
      case CPM -> amount;
      case CPC -> amount * 1000 * CampaignGenerator.REFERENCE_CTR;
      case CPA -> amount * 1000 * CampaignGenerator.REFERENCE_CTR * CampaignGenerator.REFERENCE_CVR;
    };
  }
}
