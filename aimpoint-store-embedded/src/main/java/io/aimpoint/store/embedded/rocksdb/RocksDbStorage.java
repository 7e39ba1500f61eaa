package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * One RocksDB database with the column families of the RocksDB-backed stores. RocksDB holds a lock
 * file in the directory, so a second open of the same directory, in this process or another, fails
 * with a {@link StoreException} instead of corrupting it.
 *
 * <p>Durability: every write goes through the write-ahead log, which RocksDB hands to the operating
 * system before the write returns, so a killed process loses nothing acknowledged. {@link
 * #syncWrites()} additionally fsyncs the log, which also survives an operating-system crash.
 */
public final class RocksDbStorage implements AutoCloseable {
  /** Column families; the names are part of the on-disk format. */
  public enum Family {
    EVENTS,
    EVENT_IDS,
    USER_EVENTS,
    EVENT_META,
    PROFILES,
    SEGMENTS,
    COUNTERS;

    byte[] id() {
      return name().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }
  }

  static {
    RocksDB.loadLibrary();
  }

  private final Path dir;
  private final DBOptions options;
  private final ColumnFamilyOptions familyOptions;
  private final RocksDB db;
  private final List<ColumnFamilyHandle> handles;
  private final Map<Family, ColumnFamilyHandle> byFamily = new HashMap<>();
  private final WriteOptions syncWrites = new WriteOptions().setSync(true);
  private final WriteOptions walWrites = new WriteOptions().setSync(false);

  private RocksDbStorage(Path dir) throws RocksDBException {
    this.dir = dir;
    this.options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
    this.familyOptions = new ColumnFamilyOptions();
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, familyOptions));
    for (Family f : Family.values()) {
      descriptors.add(new ColumnFamilyDescriptor(f.id(), familyOptions));
    }
    this.handles = new ArrayList<>();
    this.db = RocksDB.open(options, dir.toString(), descriptors, handles);
    for (Family f : Family.values()) {
      byFamily.put(f, handles.get(f.ordinal() + 1));
    }
  }

  /** Opens (creating if needed) the database in {@code dir}. */
  public static RocksDbStorage open(Path dir) {
    try {
      Files.createDirectories(dir);
      return new RocksDbStorage(dir);
    } catch (RocksDBException e) {
      throw new StoreException(
          "cannot open RocksDB in "
              + dir
              + " (is another Aimpoint using this data dir?): "
              + e.getMessage(),
          e);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create " + dir, e);
    }
  }

  public RocksDB db() {
    return db;
  }

  public ColumnFamilyHandle family(Family family) {
    return byFamily.get(family);
  }

  /** Write options that fsync the write-ahead log before returning. */
  public WriteOptions syncWrites() {
    return syncWrites;
  }

  /** Write options that hand the write-ahead log to the operating system before returning. */
  public WriteOptions walWrites() {
    return walWrites;
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() {
    try {
      db.syncWal();
    } catch (RocksDBException e) {
      throw new StoreException("cannot sync the RocksDB log in " + dir, e);
    } finally {
      handles.forEach(ColumnFamilyHandle::close);
      db.close();
      syncWrites.close();
      walWrites.close();
      familyOptions.close();
      options.close();
    }
  }
}
