package io.aimpoint.engine.creative;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.CreativeVariants;
import io.aimpoint.core.campaign.VariantCombination;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.event.ServedVariant;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.engine.decision.DecisionContext;
import io.aimpoint.engine.decision.DeliveryCache;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreativeAssemblerTest {
  static final long SEED = 99L;

  final FakeClock clock = new FakeClock(Samples.T0);
  final InMemoryStores memory = InMemoryStores.create(clock);
  final VariantStatistics statistics =
      new VariantStatistics(memory.counters(), clock, Duration.ofMinutes(1));
  final DeliveryCache deliveries = DeliveryCache.load(memory.ledger(), clock);

  final Creative creative =
      Samples.creative("cr", "c", "a")
          .withVariants(new CreativeVariants(List.of("Second title", "Third title"), null, null));
  final ServedAd ad =
      new ServedAd(0, "a", "c", "cr", BidType.CPC, 500_000, 400_000, 20_000, 0.05, 0, 0.5);

  CreativeAssembler assembler(VariantPolicy policy) {
    return new CreativeAssembler(
        statistics,
        deliveries,
        CreativeOptions.DEFAULTS.withPolicy(policy).withSeed(SEED).withPropensityDraws(256),
        clock);
  }

  static DecisionContext context(String segment) {
    Set<String> segments = segment == null ? Set.of() : Set.of(segment, "zz-later");
    return new DecisionContext(
        "d",
        "home-top",
        "user",
        Optional.empty(),
        new TargetingRequest(Samples.T0, null, Set.of(), segments, null, null, segment != null));
  }

  /** Serves {@code n} ads in {@code segment}; clicks follow the planted CTR per title option. */
  int[] serve(CreativeAssembler a, String segment, double[] ctrByTitle, int n, Random world) {
    int[] plays = new int[ctrByTitle.length];
    for (int i = 0; i < n; i++) {
      CreativeAssembler.Assembly served = a.assemble(ad, creative, context(segment), List.of());
      ServedVariant v = served.ad().variant();
      int title = VariantCombination.parse(v.combinationId()).orElseThrow().title();
      plays[title]++;
      statistics.recordImpression("cr", v);
      if (world.nextDouble() < ctrByTitle[title]) {
        statistics.recordClick("cr", v);
      }
    }
    return plays;
  }

  @Test
  void assembles_the_chosen_title_and_multiplies_the_choice_into_the_propensity() {
    CreativeAssembler.Assembly served =
        assembler(VariantPolicy.UNIFORM).assemble(ad, creative, context(null), List.of());

    VariantCombination c =
        VariantCombination.parse(served.ad().variant().combinationId()).orElseThrow();
    assertThat(served.creative().title())
        .isEqualTo(List.of(creative.title(), "Second title", "Third title").get(c.title()));
    assertThat(served.ad().propensity())
        .isCloseTo(0.5 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(served.ad().variant().segment()).isEqualTo("ctx:home-top");
  }

  @Test
  void a_creative_without_variants_passes_through_unchanged() {
    Creative plain = Samples.creative("cr", "c", "a");
    CreativeAssembler.Assembly served =
        assembler(VariantPolicy.THOMPSON).assemble(ad, plain, context("s1"), List.of());
    assertThat(served.creative()).isSameAs(plain);
    assertThat(served.ad()).isSameAs(ad);
  }

  @Test
  void learns_the_best_combination_of_each_segment_independently() {
    CreativeAssembler a = assembler(VariantPolicy.THOMPSON);
    Random world = new Random(SEED);
    double[] inS1 = {0.01, 0.08, 0.01};
    double[] inS2 = {0.01, 0.01, 0.08};

    for (int round = 0; round < 6; round++) {
      serve(a, "s1", inS1, 500, world);
      serve(a, "s2", inS2, 500, world);
    }
    int[] lastS1 = serve(a, "s1", inS1, 1_000, world);
    int[] lastS2 = serve(a, "s2", inS2, 1_000, world);

    assertThat(lastS1[1])
        .as("seed %d, s1 plays %s", SEED, java.util.Arrays.toString(lastS1))
        .isGreaterThan(800);
    assertThat(lastS2[2])
        .as("seed %d, s2 plays %s", SEED, java.util.Arrays.toString(lastS2))
        .isGreaterThan(800);
    assertThat(context("s1").targeting().segments()).contains("zz-later");
    assertThat(CreativeAssembler.segment(context("s1"))).isEqualTo("seg:s1");
  }

  @Test
  void counts_are_kept_per_segment() {
    List<VariantCombination> combinations = creative.combinations();
    ServedVariant t1InS1 = new ServedVariant(combinations.get(1).id(), "seg:s1");
    statistics.recordImpression("cr", t1InS1);
    statistics.recordClick("cr", t1InS1);

    VariantStatistics.ArmCounts s1 = statistics.counts("cr", "seg:s1", combinations);
    VariantStatistics.ArmCounts s2 = statistics.counts("cr", "seg:s2", combinations);

    assertThat(s1.impressions()).containsExactly(0, 1, 0);
    assertThat(s1.clicks()).containsExactly(0, 1, 0);
    assertThat(s2.impressions()).containsExactly(0, 0, 0);
  }

  @Test
  void counts_survive_a_new_statistics_instance_over_the_same_counters() {
    List<VariantCombination> combinations = creative.combinations();
    ServedVariant v = new ServedVariant(combinations.get(2).id(), "ctx:home-top");
    statistics.counts("cr", "ctx:home-top", combinations);
    statistics.recordImpression("cr", v);
    statistics.recordImpression("cr", v);
    statistics.recordClick("cr", v);

    VariantStatistics restarted =
        new VariantStatistics(memory.counters(), clock, Duration.ofMinutes(1));

    VariantStatistics.ArmCounts counts = restarted.counts("cr", "ctx:home-top", combinations);
    assertThat(counts.impressions()).containsExactly(0, 0, 2);
    assertThat(counts.clicks()).containsExactly(0, 0, 1);
    assertThat(statistics.counts("cr", "ctx:home-top", combinations).impressions())
        .as("the cached entry was updated at once")
        .containsExactly(0, 0, 2);
  }
}
