package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.store.CounterStore;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.store.embedded.rocksdb.RocksDbStorage.Family;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;

/**
 * {@link CounterStore} on RocksDB: key to 20 bytes (value, then expiry as epoch seconds and nanos).
 * {@link #add} is a read-modify-write under a striped lock, since the expiry rule needs the old
 * entry. A counter is expired from its {@code expiresAt} on (read against the injected clock);
 * expired entries are overwritten on the next add and removed by {@link #purgeExpired}, which runs
 * on open.
 *
 * <p>Writes go through the write-ahead log without an fsync: they survive a killed process.
 */
public final class RocksDbCounterStore implements CounterStore {
  private static final int VALUE_BYTES = Long.BYTES + Long.BYTES + Integer.BYTES;

  private record Entry(long value, Instant expiresAt) {}

  private final RocksDbStorage storage;
  private final RocksDB db;
  private final ColumnFamilyHandle counters;
  private final Clock clock;
  private final StripedLocks locks = new StripedLocks(256);

  public RocksDbCounterStore(RocksDbStorage storage, Clock clock) {
    this.storage = storage;
    this.db = storage.db();
    this.counters = storage.family(Family.COUNTERS);
    this.clock = Objects.requireNonNull(clock, "clock");
    purgeExpired();
  }

  @Override
  public long add(String key, long delta, Instant expiresAt) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expiresAt, "expiresAt");
    byte[] k = Bytes.utf8(key);
    ReentrantLock lock = locks.forKey(key);
    lock.lock();
    try {
      Entry old = live(db.get(counters, k), clock.instant());
      Entry next =
          old == null
              ? new Entry(delta, expiresAt)
              : new Entry(
                  old.value() + delta,
                  old.expiresAt().isAfter(expiresAt) ? old.expiresAt() : expiresAt);
      db.put(counters, storage.walWrites(), k, encode(next));
      return next.value();
    } catch (RocksDBException e) {
      throw new StoreException("cannot add to counter " + key, e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long get(String key) {
    try {
      Entry e = live(db.get(counters, Bytes.utf8(key)), clock.instant());
      return e == null ? 0 : e.value();
    } catch (RocksDBException e) {
      throw new StoreException("cannot read counter " + key, e);
    }
  }

  @Override
  public Map<String, Long> getAll(Collection<String> keys) {
    List<String> ordered = List.copyOf(keys);
    List<byte[]> raw = new ArrayList<>(ordered.size());
    List<ColumnFamilyHandle> families = new ArrayList<>(ordered.size());
    for (String key : ordered) {
      raw.add(Bytes.utf8(key));
      families.add(counters);
    }
    try {
      List<byte[]> values = db.multiGetAsList(families, raw);
      Instant now = clock.instant();
      Map<String, Long> out = new LinkedHashMap<>();
      for (int i = 0; i < ordered.size(); i++) {
        Entry e = live(values.get(i), now);
        out.put(ordered.get(i), e == null ? 0L : e.value());
      }
      return out;
    } catch (RocksDBException e) {
      throw new StoreException("cannot read " + ordered.size() + " counters", e);
    }
  }

  @Override
  public long deleteByPrefix(String prefix) {
    byte[] p = Bytes.utf8(Objects.requireNonNull(prefix, "prefix"));
    Instant now = clock.instant();
    long live = 0;
    try (WriteBatch batch = new WriteBatch();
        RocksIterator it = db.newIterator(counters)) {
      for (it.seek(p); it.isValid() && Bytes.startsWith(it.key(), p); it.next()) {
        if (live(it.value(), now) != null) {
          live++;
        }
        batch.delete(counters, it.key());
      }
      db.write(storage.walWrites(), batch);
      return live;
    } catch (RocksDBException e) {
      throw new StoreException("cannot delete counters starting with " + prefix, e);
    }
  }

  /** Removes every expired counter; returns how many. */
  public long purgeExpired() {
    Instant now = clock.instant();
    long purged = 0;
    try (WriteBatch batch = new WriteBatch();
        RocksIterator it = db.newIterator(counters)) {
      for (it.seekToFirst(); it.isValid(); it.next()) {
        if (live(it.value(), now) == null) {
          batch.delete(counters, it.key());
          purged++;
        }
      }
      db.write(storage.walWrites(), batch);
      return purged;
    } catch (RocksDBException e) {
      throw new StoreException("cannot purge expired counters", e);
    }
  }

  /** The store shares its database; {@code EmbeddedStores} closes that. */
  @Override
  public void close() {}

  private static Entry live(byte[] raw, Instant now) {
    if (raw == null) {
      return null;
    }
    ByteBuffer buf = ByteBuffer.wrap(raw);
    Entry e = new Entry(buf.getLong(0), Instant.ofEpochSecond(buf.getLong(8), buf.getInt(16)));
    return now.isBefore(e.expiresAt()) ? e : null;
  }

  private static byte[] encode(Entry e) {
    return ByteBuffer.allocate(VALUE_BYTES)
        .putLong(e.value())
        .putLong(e.expiresAt().getEpochSecond())
        .putInt(e.expiresAt().getNano())
        .array();
  }
}
