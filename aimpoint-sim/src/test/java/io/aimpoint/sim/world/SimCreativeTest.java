package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimCreativeTest {
  final SimCreative plain = new SimCreative("k", "c", Samples.creative("cr", "c", "a"), 1.5);
  final SimCreative dynamic =
      plain.withTitleVariants(List.of("Two", "Three"), List.of(0.5, 2.0, 1.0));

  @Test
  void the_served_title_scales_the_hidden_quality() {
    assertThat(dynamic.served("t1-b0-i0").quality()).isEqualTo(3.0);
    assertThat(dynamic.served("t0-b0-i0").quality()).isEqualTo(0.75);
    assertThat(dynamic.served(null).quality()).as("as written: option 0").isEqualTo(0.75);
    assertThat(dynamic.bestTitle()).isEqualTo(1);
    assertThat(dynamic.toCore("c2", "a2").variants().titles()).containsExactly("Two", "Three");
  }

  @Test
  void a_creative_without_variants_is_served_as_it_is() {
    assertThat(plain.served("t1-b0-i0")).isSameAs(plain);
    assertThat(plain.bestTitle()).isZero();
  }

  @Test
  void needs_one_quality_per_title_option() {
    assertThatThrownBy(() -> plain.withTitleVariants(List.of("Two"), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("options=2, qualities=1");
  }
}
