package io.aimpoint.sim.run;

import io.aimpoint.engine.Stores;
import io.aimpoint.testkit.memory.InMemoryStores;

/** Fresh in-memory stores per policy, from the testkit. */
final class InMemory {
  private InMemory() {}

  static final StoresFactory STORES =
      clock -> {
        InMemoryStores m = InMemoryStores.create(clock);
        return new StoresFactory.OpenStores(
            new Stores(
                m.campaigns(), m.apiKeys(), m.events(), m.profiles(), m.counters(), m.ledger()),
            () -> {});
      };
}
