package io.aimpoint.engine.segment;

import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.testkit.contract.SegmentStoreContract;

class InMemorySegmentStoreTest extends SegmentStoreContract {
  @Override
  protected SegmentStore newStore() {
    return new InMemorySegmentStore();
  }
}
