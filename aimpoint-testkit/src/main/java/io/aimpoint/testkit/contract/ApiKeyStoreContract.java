package io.aimpoint.testkit.contract;

import static io.aimpoint.testkit.Samples.apiKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.core.store.ApiKeyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link ApiKeyStore} contract. Subclasses provide a fresh, empty store. */
public abstract class ApiKeyStoreContract {
  protected ApiKeyStore store;

  protected abstract ApiKeyStore newStore() throws Exception;

  /** Releases what {@link #newStore} opened; called after each test. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    cleanUp();
  }

  @Test
  void finds_a_key_by_the_hash_of_its_secret() {
    ApiKey key = apiKey("k1", "hash-1", Role.ADVERTISER, "adv-1");
    store.put(key);

    assertThat(store.findBySecretHash("hash-1")).contains(key);
    assertThat(store.findBySecretHash("hash-2")).isEmpty();
  }

  @Test
  void lists_the_keys_of_one_advertiser_or_all_keys_for_null() {
    store.put(apiKey("k1", "h1", Role.ADMIN, null));
    store.put(apiKey("k2", "h2", Role.ADVERTISER, "adv-1"));
    store.put(apiKey("k3", "h3", Role.ADVERTISER, "adv-2"));
    store.put(apiKey("k4", "h4", Role.ADVERTISER, "adv-1"));
    store.put(apiKey("k5", "h5", Role.PUBLISHER, null));

    assertThat(store.list("adv-1")).extracting(ApiKey::id).containsExactlyInAnyOrder("k2", "k4");
    assertThat(store.list("adv-3")).isEmpty();
    assertThat(store.list(null))
        .extracting(ApiKey::id)
        .containsExactlyInAnyOrder("k1", "k2", "k3", "k4", "k5");
  }

  @Test
  void a_deleted_key_is_revoked_at_once() {
    store.put(apiKey("k1", "h1", Role.ADVERTISER, "adv-1"));
    store.put(apiKey("k2", "h2", Role.ADVERTISER, "adv-1"));

    assertThat(store.delete("k1")).isTrue();

    assertThat(store.findBySecretHash("h1")).isEmpty();
    assertThat(store.findBySecretHash("h2")).isPresent();
    assertThat(store.list("adv-1")).extracting(ApiKey::id).containsExactly("k2");
  }

  @Test
  void deleting_a_missing_key_returns_false() {
    assertThat(store.delete("nope")).isFalse();
  }

  @Test
  void putting_a_key_again_replaces_it_and_its_old_secret_stops_working() {
    store.put(apiKey("k1", "old-hash", Role.ADVERTISER, "adv-1"));
    ApiKey rotated = apiKey("k1", "new-hash", Role.ADVERTISER, "adv-1");

    store.put(rotated);

    assertThat(store.findBySecretHash("new-hash")).contains(rotated);
    assertThat(store.findBySecretHash("old-hash")).isEmpty();
    assertThat(store.list(null)).containsExactly(rotated);
  }
}
