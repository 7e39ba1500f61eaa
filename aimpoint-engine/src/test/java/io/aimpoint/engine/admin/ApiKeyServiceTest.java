package io.aimpoint.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryApiKeyStore;
import io.aimpoint.testkit.memory.InMemoryCampaignStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {
  private final FakeClock clock = new FakeClock(Samples.T0);
  private final InMemoryApiKeyStore store = new InMemoryApiKeyStore();
  private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
  private final ApiKeyService keys = new ApiKeyService(store, campaigns, clock);

  @Test
  void admin_secret_authenticates_as_admin_and_is_stored_only_as_a_hash() {
    keys.ensureAdminKey("admin-secret-0123456789");
    keys.ensureAdminKey("admin-secret-0123456789");

    assertThat(keys.authenticate("admin-secret-0123456789")).contains(Caller.ADMIN);
    assertThat(store.list(null)).hasSize(1);
    assertThat(store.list(null).get(0).secretHash())
        .isEqualTo(ApiKeyService.hash("admin-secret-0123456789"))
        .doesNotContain("admin-secret");
  }

  @Test
  void rejects_short_admin_secrets() {
    assertThatThrownBy(() -> keys.ensureAdminKey("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length=5");
  }

  @Test
  void advertiser_key_authenticates_as_its_advertiser() {
    campaigns.createAdvertiser(Samples.advertiser("adv_1"));
    ApiKeyService.CreatedKey created = keys.createAdvertiserKey(Caller.ADMIN, "adv_1", "ci");

    assertThat(created.secret()).startsWith(ApiKeyService.PREFIX).hasSize(3 + 43);
    assertThat(created.key().role()).isEqualTo(ApiKey.Role.ADVERTISER);
    assertThat(keys.authenticate(created.secret())).contains(Caller.advertiser("adv_1"));
  }

  @Test
  void keys_for_unknown_advertisers_are_not_minted() {
    assertThatThrownBy(() -> keys.createAdvertiserKey(Caller.ADMIN, "adv_none", null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void only_admins_mint_keys() {
    campaigns.createAdvertiser(Samples.advertiser("adv_1"));
    assertThatThrownBy(() -> keys.createPublisherKey(Caller.advertiser("adv_1"), null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> keys.createAdvertiserKey(Caller.PUBLISHER, "adv_1", null))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void unknown_and_empty_secrets_do_not_authenticate() {
    assertThat(keys.authenticate("ak_unknown")).isEmpty();
    assertThat(keys.authenticate("")).isEmpty();
    assertThat(keys.authenticate(null)).isEmpty();
  }

  @Test
  void revoked_key_stops_working_at_once_even_when_cached() {
    ApiKeyService.CreatedKey created = keys.createPublisherKey(Caller.ADMIN, "site");
    assertThat(keys.authenticate(created.secret())).contains(Caller.PUBLISHER);

    keys.revoke(Caller.ADMIN, created.key().id());

    assertThat(keys.authenticate(created.secret())).isEmpty();
  }

  @Test
  void a_key_revoked_elsewhere_expires_from_the_cache_after_the_ttl() {
    ApiKeyService.CreatedKey created = keys.createPublisherKey(Caller.ADMIN, "site");
    assertThat(keys.authenticate(created.secret())).isPresent();
    store.delete(created.key().id());

    assertThat(keys.authenticate(created.secret())).isPresent();
    clock.advance(ApiKeyService.CACHE_TTL.plus(Duration.ofMillis(1)));
    assertThat(keys.authenticate(created.secret())).isEmpty();
  }

  @Test
  void secrets_are_unique() {
    assertThat(ApiKeyService.newSecret()).isNotEqualTo(ApiKeyService.newSecret());
  }
}
