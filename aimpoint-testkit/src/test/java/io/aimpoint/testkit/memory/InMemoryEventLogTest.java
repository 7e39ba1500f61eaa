package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.EventLog;
import io.aimpoint.testkit.contract.EventLogContract;

class InMemoryEventLogTest extends EventLogContract {
  @Override
  protected EventLog newLog() {
    return new InMemoryEventLog();
  }
}
