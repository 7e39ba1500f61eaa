package io.aimpoint.store.embedded.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.store.CounterStore;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.contract.CounterStoreContract;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbCounterStoreTest extends CounterStoreContract {
  @TempDir Path dir;
  private RocksDbStorage storage;

  @Override
  protected CounterStore newStore(FakeClock clock) {
    storage = RocksDbStorage.open(dir);
    return new RocksDbCounterStore(storage, clock);
  }

  @Override
  protected void cleanUp() {
    storage.close();
  }

  @Test
  void purge_removes_expired_counters_only() {
    store.add("short", 1, clock.instant().plusSeconds(10));
    store.add("long", 1, clock.instant().plusSeconds(100));
    clock.advance(Duration.ofSeconds(50));

    long purged = ((RocksDbCounterStore) store).purgeExpired();

    assertThat(purged).isEqualTo(1);
    assertThat(store.get("long")).isEqualTo(1);
  }
}
