package io.aimpoint.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.engine.creative.VariantPolicy;
import io.aimpoint.sim.world.World;
import io.aimpoint.sim.world.WorldConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantMeasurementTest {
  static final long SEED = 7;

  @Test
  void both_policies_serve_the_dynamic_creatives_and_uniform_shows_each_title_a_third() {
    WorldConfig world =
        new WorldConfig(SEED, 200, 4, 2, 2, 0.1, 0.03, WorldConfig.DEFAULT_START)
            .withTitleVariants(1.0);

    List<VariantMeasurement.Result> results =
        VariantMeasurement.run(
            world, 4, 2, List.of(VariantPolicy.THOMPSON, VariantPolicy.UNIFORM), InMemory.STORES);

    assertThat(results)
        .extracting(VariantMeasurement.Result::policy)
        .containsExactly(VariantPolicy.THOMPSON, VariantPolicy.UNIFORM);
    for (VariantMeasurement.Result r : results) {
      assertThat(r.total().impressions()).as("seed %d, %s", SEED, r.policy()).isGreaterThan(100);
      assertThat(r.windows()).hasSize(2);
      assertThat(r.windows().stream().mapToLong(VariantMeasurement.Window::impressions).sum())
          .isEqualTo(r.total().impressions());
    }
    assertThat(results.get(1).total().bestShare())
        .as("seed %d: uniform picks the best of 3 titles a third of the time", SEED)
        .isBetween(0.25, 0.42);
    assertThat(VariantMeasurement.render(results)).contains("| **all 0-4** | thompson |");
  }

  @Test
  void a_world_without_title_variants_is_the_world_it_always_was() {
    World plain = World.generate(WorldConfig.demo(SEED).withUsers(50));
    World withVariants =
        World.generate(WorldConfig.demo(SEED).withUsers(50).withTitleVariants(0.5));

    assertThat(plain.creatives()).allSatisfy(c -> assertThat(c.creative().hasVariants()).isFalse());
    assertThat(withVariants.creatives())
        .filteredOn(c -> c.creative().hasVariants())
        .hasSizeBetween(120, 240)
        .allSatisfy(c -> assertThat(c.titleQualities()).hasSize(3));
    for (int i = 0; i < plain.creatives().size(); i++) {
      var a = plain.creatives().get(i);
      var b = withVariants.creatives().get(i);
      assertThat(b.creative().withVariants(null)).isEqualTo(a.creative());
      assertThat(b.quality()).isEqualTo(a.quality());
    }
  }
}
