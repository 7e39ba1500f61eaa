package io.aimpoint.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyRunTest {

  @Test
  void reads_the_click_id_from_a_landing_url() {
    assertThat(PolicyRun.clickId("https://a.example/p?x=1&aimpoint_click=abc-0#top"))
        .isEqualTo("abc-0");
    assertThat(PolicyRun.clickId("https://a.example/p?aimpoint_click=d-2&y=3")).isEqualTo("d-2");
  }

  @Test
  void rejects_a_landing_url_without_click_id() {
    assertThatThrownBy(() -> PolicyRun.clickId("https://a.example/p"))
        .hasMessageContaining("https://a.example/p");
  }

  @Test
  void budget_capacity_is_daily_budget_times_days_capped_by_lifetime() {
    assertThat(Ledgers.capacity(new io.aimpoint.core.campaign.Budget(5L, null), 3)).isEqualTo(15);
    assertThat(Ledgers.capacity(new io.aimpoint.core.campaign.Budget(5L, 12L), 3)).isEqualTo(12);
    assertThat(Ledgers.capacity(new io.aimpoint.core.campaign.Budget(null, 7L), 3)).isEqualTo(7);
  }
}
