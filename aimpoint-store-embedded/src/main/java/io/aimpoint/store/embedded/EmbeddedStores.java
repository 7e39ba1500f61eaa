package io.aimpoint.store.embedded;

import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.CounterStore;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.store.embedded.h2.H2ApiKeyStore;
import io.aimpoint.store.embedded.h2.H2CampaignStore;
import io.aimpoint.store.embedded.h2.H2Database;
import io.aimpoint.store.embedded.h2.H2Ledger;
import io.aimpoint.store.embedded.rocksdb.RocksDbCounterStore;
import io.aimpoint.store.embedded.rocksdb.RocksDbEventLog;
import io.aimpoint.store.embedded.rocksdb.RocksDbProfileStore;
import io.aimpoint.store.embedded.rocksdb.RocksDbSegmentStore;
import io.aimpoint.store.embedded.rocksdb.RocksDbStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Every embedded store under one data directory: {@code <dataDir>/rocksdb} (one RocksDB, a column
 * family per store) and {@code <dataDir>/h2} (one H2 database, migrated by Flyway on open).
 *
 * <p>Everything a store acknowledged survives a kill of the process (see {@link RocksDbStorage} and
 * {@link H2Database} for the exact guarantees). RocksDB is opened first: its lock file makes a
 * second open of the same directory fail with a {@link StoreException}, in this process or another,
 * before H2 is touched. Closing the stores' own {@code close()} methods is harmless; {@link #close}
 * here releases the databases.
 */
public final class EmbeddedStores implements AutoCloseable {
  private final RocksDbStorage rocks;
  private final H2Database h2;
  private final H2CampaignStore campaigns;
  private final H2ApiKeyStore apiKeys;
  private final H2Ledger ledger;
  private final RocksDbEventLog events;
  private final RocksDbProfileStore profiles;
  private final RocksDbCounterStore counters;
  private final RocksDbSegmentStore segments;

  private EmbeddedStores(RocksDbStorage rocks, H2Database h2, Clock clock) {
    this.rocks = rocks;
    this.h2 = h2;
    this.campaigns = new H2CampaignStore(h2);
    this.apiKeys = new H2ApiKeyStore(h2);
    this.ledger = new H2Ledger(h2);
    this.events = new RocksDbEventLog(rocks);
    this.profiles = new RocksDbProfileStore(rocks);
    this.counters = new RocksDbCounterStore(rocks, clock);
    this.segments = new RocksDbSegmentStore(rocks);
  }

  /**
   * Opens (creating if needed) the stores in {@code dataDir}; counters read expiry against {@code
   * clock}.
   *
   * @throws StoreException if the directory cannot be created or is already open
   */
  public static EmbeddedStores open(Path dataDir, Clock clock) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dataDir, e);
    }
    RocksDbStorage rocks = RocksDbStorage.open(dataDir.resolve("rocksdb"));
    H2Database h2 = null;
    try {
      h2 = H2Database.openFile(dataDir.resolve("h2"));
      return new EmbeddedStores(rocks, h2, clock);
    } catch (RuntimeException e) {
      if (h2 != null) {
        h2.close();
      }
      rocks.close();
      throw e;
    }
  }

  public CampaignStore campaigns() {
    return campaigns;
  }

  public ApiKeyStore apiKeys() {
    return apiKeys;
  }

  public EventLog events() {
    return events;
  }

  public ProfileStore profiles() {
    return profiles;
  }

  public CounterStore counters() {
    return counters;
  }

  public Ledger ledger() {
    return ledger;
  }

  /** The audience segment catalogue (RocksDB column family {@code segments}). */
  public SegmentStore segments() {
    return segments;
  }

  @Override
  public void close() {
    try {
      h2.close();
    } finally {
      rocks.close();
    }
  }
}
