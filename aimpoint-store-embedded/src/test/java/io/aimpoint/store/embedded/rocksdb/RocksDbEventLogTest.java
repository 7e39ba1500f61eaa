package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.store.EventLog;
import io.aimpoint.testkit.contract.EventLogContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class RocksDbEventLogTest extends EventLogContract {
  @TempDir Path dir;
  private RocksDbStorage storage;

  @Override
  protected EventLog newLog() {
    storage = RocksDbStorage.open(dir);
    return new RocksDbEventLog(storage);
  }

  @Override
  protected void cleanUp() {
    storage.close();
  }
}
