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
  }

  @Test
  void rejects_unknown_policies_naming_them() {
    assertThatThrownBy(() -> Policy.parse("greedy")).hasMessageContaining("greedy");
  }
}
