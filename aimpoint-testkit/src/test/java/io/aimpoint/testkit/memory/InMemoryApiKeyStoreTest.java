package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.testkit.contract.ApiKeyStoreContract;

class InMemoryApiKeyStoreTest extends ApiKeyStoreContract {
  @Override
  protected ApiKeyStore newStore() {
    return new InMemoryApiKeyStore();
  }
}
