package io.aimpoint.store.embedded.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.testkit.contract.SegmentStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbSegmentStoreTest extends SegmentStoreContract {
  @TempDir Path dir;
  private RocksDbStorage storage;

  @Override
  protected SegmentStore newStore() {
    storage = RocksDbStorage.open(dir);
    return new RocksDbSegmentStore(storage);
  }

  @Override
  protected void cleanUp() {
    storage.close();
  }

  @Test
  void the_catalogue_survives_a_reopen() {
    store.put(segment("gmm:travel", 7));
    storage.close();

    storage = RocksDbStorage.open(dir);
    assertThat(new RocksDbSegmentStore(storage).list()).containsExactly(segment("gmm:travel", 7));
  }
}
