package io.aimpoint.sim.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyTest {
  @Test
  void parses_wire_names_case_insensitively() {
    assertThat(Policy.parse(" Oracle ")).isEqualTo(Policy.ORACLE);
    assertThat(Policy.parse("random")).isEqualTo(Policy.RANDOM);
    assertThat(Policy.ENGINE.wireName()).isEqualTo("engine");
    assertThat(Policy.parse("engine-reserve")).isEqualTo(Policy.ENGINE_RESERVE);
    assertThat(Policy.FULL.wireName()).isEqualTo("full");
  }

  @Test
  void the_full_policy_turns_every_delivery_option_on() {
    assertThat(Policy.FULL_OPTIONS.fatigueAware()).isTrue();
    assertThat(Policy.FULL_OPTIONS.learnedReserve()).isTrue();
    assertThat(Policy.FULL.categoryExclusivePlacements()).isTrue();
    assertThat(Policy.ENGINE.categoryExclusivePlacements()).isFalse();
    assertThat(Policy.FULL_OPTIONS.explorationEpsilon()).isPositive();
  }

  @Test
  void rejects_unknown_policies_naming_them() {
    assertThatThrownBy(() -> Policy.parse("greedy"))
        .hasMessageContaining("greedy")
        .hasMessageContaining("engine-reserve");
  }
}
