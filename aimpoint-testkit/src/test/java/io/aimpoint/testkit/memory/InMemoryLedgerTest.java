package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.Ledger;
import io.aimpoint.testkit.contract.LedgerContract;

class InMemoryLedgerTest extends LedgerContract {
  @Override
  protected Ledger newLedger() {
    return new InMemoryLedger();
  }
}
