package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.segment.Segment;
import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.store.embedded.codec.Json;
import io.aimpoint.store.embedded.rocksdb.RocksDbStorage.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * {@link SegmentStore} on RocksDB: segment id to the segment's JSON, in its own column family. The
 * catalogue is small (tens to hundreds of entries); {@link #list} scans it in id order.
 */
public final class RocksDbSegmentStore implements SegmentStore {
  private final RocksDbStorage storage;
  private final RocksDB db;
  private final ColumnFamilyHandle segments;

  public RocksDbSegmentStore(RocksDbStorage storage) {
    this.storage = storage;
    this.db = storage.db();
    this.segments = storage.family(Family.SEGMENTS);
  }

  @Override
  public List<Segment> list() {
    List<Segment> out = new ArrayList<>();
    try (RocksIterator it = db.newIterator(segments)) {
      for (it.seekToFirst(); it.isValid(); it.next()) {
        out.add(Json.read(it.value(), Segment.class));
      }
    }
    return out;
  }

  @Override
  public Optional<Segment> get(String id) {
    try {
      byte[] json = db.get(segments, Bytes.utf8(id));
      return json == null ? Optional.empty() : Optional.of(Json.read(json, Segment.class));
    } catch (RocksDBException e) {
      throw new StoreException("cannot read a segment", e);
    }
  }

  @Override
  public void put(Segment segment) {
    Objects.requireNonNull(segment, "segment");
    try {
      db.put(segments, storage.walWrites(), Bytes.utf8(segment.id()), Json.writeBytes(segment));
    } catch (RocksDBException e) {
      throw new StoreException("cannot write a segment", e);
    }
  }

  // Delete of a missing key is not an error in RocksDB; the get makes the answer exact (single
  // writer: the segment job and the lookalike save are the only ones).
  @Override
  public boolean delete(String id) {
    try {
      byte[] key = Bytes.utf8(id);
      if (db.get(segments, key) == null) {
        return false;
      }
      db.delete(segments, storage.walWrites(), key);
      return true;
    } catch (RocksDBException e) {
      throw new StoreException("cannot delete a segment", e);
    }
  }
}
