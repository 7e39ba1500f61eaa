package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworksTest {

  @Test
  void addresses_drawn_in_a_range_lie_inside_it() {
    SplittableRandom rng = new SplittableRandom(4);
    for (String cidr : Networks.DATACENTER_CIDRS) {
      for (int i = 0; i < 100; i++) {
        String address = Networks.addressIn(cidr, rng);
        assertThat(address).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(Networks.contains(cidr, address)).isTrue();
      }
    }
  }

  @Test
  void contains_checks_the_prefix_bits_only() {
    assertThat(Networks.contains("34.64.0.0/10", "34.127.255.1")).isTrue();
    assertThat(Networks.contains("34.64.0.0/10", "34.128.0.1")).isFalse();
    assertThat(Networks.contains("159.65.0.0/16", "159.66.0.1")).isFalse();
  }

  @Test
  void rejects_malformed_input_naming_it() {
    assertThatThrownBy(() -> Networks.addressIn("10.0.0.0/31", new SplittableRandom(1)))
        .hasMessageContaining("10.0.0.0/31");
    assertThatThrownBy(() -> Networks.contains("10.0.0.0/8", "10.1")).hasMessageContaining("10.1");
  }
}
