package io.aimpoint.store.embedded;

import static io.aimpoint.testkit.Samples.T0;
import static io.aimpoint.testkit.Samples.advertiser;
import static io.aimpoint.testkit.Samples.apiKey;
import static io.aimpoint.testkit.Samples.campaign;
import static io.aimpoint.testkit.Samples.pageView;
import static io.aimpoint.testkit.Samples.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.ledger.DeliveryKind;
import io.aimpoint.core.ledger.DeliveryRecord;
import io.aimpoint.core.ledger.RecordResult;
import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.testkit.FakeClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoresTest {
  @TempDir Path dir;
  private final FakeClock clock = new FakeClock(T0);

  @Test
  void everything_written_is_there_after_a_reopen() {
    DeliveryRecord imp =
        new DeliveryRecord(
            "imp:d1:0", DeliveryKind.IMPRESSION, "adv-1", "cmp-1", "crv-1", T0, 2_000);
    try (EmbeddedStores stores = EmbeddedStores.open(dir.resolve("data"), clock)) {
      stores.campaigns().createAdvertiser(advertiser("adv-1"));
      stores.campaigns().createCampaign(campaign("cmp-1", "adv-1"));
      stores.apiKeys().put(apiKey("k1", "h1", Role.ADVERTISER, "adv-1"));
      stores.events().append(List.of(pageView("e1", "u1", T0)));
      stores.profiles().put(profile("u1", T0));
      stores.counters().add("cap:u1:cmp-1", 2, T0.plusSeconds(3600));
      stores.ledger().record(imp, new Budget(1_000_000L, null));
    }

    try (EmbeddedStores stores = EmbeddedStores.open(dir.resolve("data"), clock)) {
      assertThat(stores.campaigns().advertiser("adv-1")).contains(advertiser("adv-1"));
      assertThat(stores.campaigns().campaign("cmp-1")).contains(campaign("cmp-1", "adv-1"));
      assertThat(stores.apiKeys().findBySecretHash("h1")).isPresent();
      assertThat(stores.events().find("e1")).contains(pageView("e1", "u1", T0));
      assertThat(stores.profiles().get("u1")).contains(profile("u1", T0));
      assertThat(stores.counters().get("cap:u1:cmp-1")).isEqualTo(2);
      assertThat(stores.ledger().spend("cmp-1", LocalDate.parse("2025-03-10")))
          .isEqualTo(new CampaignSpend(2_000, 2_000));
      assertThat(stores.ledger().record(imp, new Budget(1_000_000L, null)))
          .isEqualTo(new RecordResult(true, 2_000));
    }
  }

  @Test
  void event_offsets_go_on_after_a_reopen_even_when_the_last_events_were_erased() {
    try (EmbeddedStores stores = EmbeddedStores.open(dir, clock)) {
      stores.events().append(List.of(pageView("e1", "u1", T0), pageView("e2", "u2", T0)));
      stores.events().deleteUser("u2");
    }

    try (EmbeddedStores stores = EmbeddedStores.open(dir, clock)) {
      assertThat(stores.events().endOffset()).isEqualTo(2);
      stores.events().append(List.of(pageView("e3", "u3", T0)));
      assertThat(stores.events().read(0, 10))
          .extracting(LoggedEvent::offset)
          .containsExactly(0L, 2L);
    }
  }

  @Test
  void a_second_open_of_the_same_directory_fails_clearly() {
    try (EmbeddedStores first = EmbeddedStores.open(dir, clock)) {
      assertThatThrownBy(() -> EmbeddedStores.open(dir, clock))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(dir.resolve("rocksdb").toString())
          .hasMessageContaining("another Aimpoint");

      first.events().append(List.of(pageView("still-works", "u1", T0)));
      assertThat(first.events().find("still-works")).isPresent();
    }
  }
}
