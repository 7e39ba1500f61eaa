package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.store.AppendOutcome;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.store.embedded.codec.EventCodec;
import io.aimpoint.store.embedded.rocksdb.RocksDbStorage.Family;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;

/**
 * {@link EventLog} on RocksDB. Layout (column families):
 *
 * <ul>
 *   <li>{@code events}: 8-byte big-endian offset to the event's JSON ({@link EventCodec});
 *   <li>{@code event_ids}: event id to offset, for idempotency and {@link #find};
 *   <li>{@code user_events}: length-prefixed user key, occurredAt (12 bytes), offset, to nothing;
 *       iterated backwards it yields a user's events newest first;
 *   <li>{@code event_meta}: {@code next_offset}, so offsets are never reused after erasure.
 * </ul>
 *
 * <p>Appends and erasures are serialized by one lock (offsets are assigned in order) and each is
 * one atomic {@link WriteBatch} written with an fsync of the write-ahead log: an acknowledged
 * append survives a crash of the process and of the machine.
 */
public final class RocksDbEventLog implements EventLog {
  private static final byte[] NEXT_OFFSET = Bytes.utf8("next_offset");
  private static final int USER_SUFFIX_BYTES = 12 + Long.BYTES;

  private final RocksDbStorage storage;
  private final RocksDB db;
  private final ColumnFamilyHandle events;
  private final ColumnFamilyHandle ids;
  private final ColumnFamilyHandle users;
  private final ColumnFamilyHandle meta;
  private final Object writeLock = new Object();
  private volatile long nextOffset;

  public RocksDbEventLog(RocksDbStorage storage) {
    this.storage = storage;
    this.db = storage.db();
    this.events = storage.family(Family.EVENTS);
    this.ids = storage.family(Family.EVENT_IDS);
    this.users = storage.family(Family.USER_EVENTS);
    this.meta = storage.family(Family.EVENT_META);
    this.nextOffset = loadNextOffset();
  }

  @Override
  public List<AppendOutcome> append(List<? extends Event> batch) {
    synchronized (writeLock) {
      List<AppendOutcome> outcomes = new ArrayList<>(batch.size());
      Set<String> seen = new HashSet<>();
      long offset = nextOffset;
      try (WriteBatch write = new WriteBatch()) {
        for (Event event : batch) {
          requireValid(event);
          byte[] id = Bytes.utf8(event.eventId());
          if (!seen.add(event.eventId()) || db.get(ids, id) != null) {
            outcomes.add(AppendOutcome.DUPLICATE);
            continue;
          }
          byte[] key = Bytes.offset(offset);
          write.put(events, key, EventCodec.encode(event));
          write.put(ids, id, key);
          write.put(users, userKey(event, offset), new byte[0]);
          outcomes.add(AppendOutcome.APPENDED);
          offset++;
        }
        if (offset != nextOffset) {
          write.put(meta, NEXT_OFFSET, Bytes.offset(offset));
          db.write(storage.syncWrites(), write);
          nextOffset = offset;
        }
      } catch (RocksDBException e) {
        throw new StoreException("cannot append " + batch.size() + " events", e);
      }
      return outcomes;
    }
  }

  @Override
  public List<LoggedEvent> read(long fromOffset, int max) {
    requirePositive(max);
    List<LoggedEvent> out = new ArrayList<>(Math.min(max, 1024));
    try (RocksIterator it = db.newIterator(events)) {
      for (it.seek(Bytes.offset(Math.max(0, fromOffset)));
          it.isValid() && out.size() < max;
          it.next()) {
        out.add(new LoggedEvent(Bytes.longAt(it.key(), 0), EventCodec.decode(it.value())));
      }
    }
    return out;
  }

  @Override
  public List<Event> readUser(String userKey, int max) {
    requirePositive(max);
    byte[] prefix = Bytes.lengthPrefixed(userKey);
    byte[] last = Arrays.copyOf(prefix, prefix.length + USER_SUFFIX_BYTES);
    Arrays.fill(last, prefix.length, last.length, (byte) 0xFF);
    List<Event> out = new ArrayList<>();
    try (RocksIterator it = db.newIterator(users)) {
      for (it.seekForPrev(last); it.isValid() && out.size() < max; it.prev()) {
        byte[] key = it.key();
        if (!Bytes.startsWith(key, prefix)) {
          break;
        }
        eventAt(Bytes.longAt(key, key.length - Long.BYTES)).ifPresent(out::add);
      }
    }
    return out;
  }

  @Override
  public Optional<Event> find(String eventId) {
    try {
      byte[] offset = db.get(ids, Bytes.utf8(eventId));
      return offset == null ? Optional.empty() : eventAt(Bytes.longAt(offset, 0));
    } catch (RocksDBException e) {
      throw new StoreException("cannot read event " + eventId, e);
    }
  }

  @Override
  public long deleteUser(String userKey) {
    byte[] prefix = Bytes.lengthPrefixed(userKey);
    synchronized (writeLock) {
      long removed = 0;
      try (WriteBatch write = new WriteBatch();
          RocksIterator it = db.newIterator(users)) {
        for (it.seek(prefix); it.isValid() && Bytes.startsWith(it.key(), prefix); it.next()) {
          byte[] key = it.key();
          long offset = Bytes.longAt(key, key.length - Long.BYTES);
          Optional<Event> event = eventAt(offset);
          event.ifPresent(e -> deleteId(write, e.eventId()));
          write.delete(events, Bytes.offset(offset));
          write.delete(users, key);
          removed++;
        }
        if (removed > 0) {
          db.write(storage.syncWrites(), write);
        }
      } catch (RocksDBException e) {
        throw new StoreException("cannot erase the events of a user", e);
      }
      return removed;
    }
  }

  @Override
  public long endOffset() {
    return nextOffset;
  }

  /** The log shares its database; {@code EmbeddedStores} closes that. */
  @Override
  public void close() {}

  private void deleteId(WriteBatch write, String eventId) {
    try {
      write.delete(ids, Bytes.utf8(eventId));
    } catch (RocksDBException e) {
      throw new StoreException("cannot erase event " + eventId, e);
    }
  }

  private Optional<Event> eventAt(long offset) {
    try {
      byte[] json = db.get(events, Bytes.offset(offset));
      return json == null ? Optional.empty() : Optional.of(EventCodec.decode(json));
    } catch (RocksDBException e) {
      throw new StoreException("cannot read the event at offset " + offset, e);
    }
  }

  private static byte[] userKey(Event event, long offset) {
    byte[] prefix = Bytes.lengthPrefixed(event.userKey());
    ByteBuffer buf = ByteBuffer.allocate(prefix.length + USER_SUFFIX_BYTES).put(prefix);
    Bytes.putInstant(buf, event.occurredAt()).putLong(offset);
    return buf.array();
  }

  private long loadNextOffset() {
    try {
      byte[] stored = db.get(meta, NEXT_OFFSET);
      long next = stored == null ? 0 : Bytes.longAt(stored, 0);
      try (RocksIterator it = db.newIterator(events)) {
        it.seekToLast();
        // never behind the data, even if the meta key were lost
        return it.isValid() ? Math.max(next, Bytes.longAt(it.key(), 0) + 1) : next;
      }
    } catch (RocksDBException e) {
      throw new StoreException("cannot read the event log's next offset", e);
    }
  }

  private static void requireValid(Event event) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(event.eventId(), "eventId");
    Objects.requireNonNull(event.userKey(), "userKey");
    Objects.requireNonNull(event.occurredAt(), "occurredAt");
  }

  private static void requirePositive(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive; max=" + max);
    }
  }
}
