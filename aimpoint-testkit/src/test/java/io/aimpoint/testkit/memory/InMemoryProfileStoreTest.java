package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.testkit.contract.ProfileStoreContract;

class InMemoryProfileStoreTest extends ProfileStoreContract {
  @Override
  protected ProfileStore newStore() {
    return new InMemoryProfileStore();
  }
}
