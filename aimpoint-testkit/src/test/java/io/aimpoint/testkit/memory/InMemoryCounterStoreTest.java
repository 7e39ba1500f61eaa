package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.CounterStore;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.contract.CounterStoreContract;

class InMemoryCounterStoreTest extends CounterStoreContract {
  @Override
  protected CounterStore newStore(FakeClock clock) {
    return new InMemoryCounterStore(clock);
  }
}
