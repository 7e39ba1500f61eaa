package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.Ledger;
import io.aimpoint.testkit.contract.LedgerReservationContract;

class InMemoryLedgerReservationTest extends LedgerReservationContract {
  @Override
  protected Ledger newLedger() {
    return new InMemoryLedger();
  }
}
