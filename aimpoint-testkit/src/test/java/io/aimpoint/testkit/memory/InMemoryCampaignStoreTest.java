package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.testkit.contract.CampaignStoreContract;

class InMemoryCampaignStoreTest extends CampaignStoreContract {
  @Override
  protected CampaignStore newStore() {
    return new InMemoryCampaignStore();
  }
}
