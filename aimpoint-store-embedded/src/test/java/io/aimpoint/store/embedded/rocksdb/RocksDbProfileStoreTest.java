package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.testkit.contract.ProfileStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class RocksDbProfileStoreTest extends ProfileStoreContract {
  @TempDir Path dir;
  private RocksDbStorage storage;

  @Override
  protected ProfileStore newStore() {
    storage = RocksDbStorage.open(dir);
    return new RocksDbProfileStore(storage);
  }

  @Override
  protected void cleanUp() {
    storage.close();
  }
}
