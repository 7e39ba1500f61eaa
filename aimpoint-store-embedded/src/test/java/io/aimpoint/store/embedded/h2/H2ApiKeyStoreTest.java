package io.aimpoint.store.embedded.h2;

import static io.aimpoint.testkit.Samples.apiKey;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.testkit.contract.ApiKeyStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ApiKeyStoreTest extends ApiKeyStoreContract {
  @TempDir Path dir;
  private H2Database database;

  @Override
  protected ApiKeyStore newStore() {
    database = H2Database.openFile(dir);
    return new H2ApiKeyStore(database);
  }

  @Override
  protected void cleanUp() {
    database.close();
  }

  @Test
  void a_secret_hash_cannot_belong_to_two_keys() {
    store.put(apiKey("k1", "same", Role.ADMIN, null));

    assertThatThrownBy(() -> store.put(apiKey("k2", "same", Role.PUBLISHER, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k2");
  }
}
