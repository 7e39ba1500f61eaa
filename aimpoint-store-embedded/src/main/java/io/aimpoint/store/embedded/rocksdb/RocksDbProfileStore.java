package io.aimpoint.store.embedded.rocksdb;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.store.embedded.codec.Json;
import io.aimpoint.store.embedded.rocksdb.RocksDbStorage.Family;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * {@link ProfileStore} on RocksDB: user key to the profile's JSON. Writes of one user are
 * serialized by a striped lock, which makes {@link #update} atomic per key. A user without a
 * profile starts from {@code UserProfile.empty(userKey, Instant.EPOCH)}.
 *
 * <p>Writes go through the write-ahead log without an fsync: they survive a killed process; an
 * operating-system crash may lose the last moments, which the event log (fsync'd) can replay.
 */
public final class RocksDbProfileStore implements ProfileStore {
  private final RocksDbStorage storage;
  private final RocksDB db;
  private final ColumnFamilyHandle profiles;
  private final StripedLocks locks = new StripedLocks(256);

  public RocksDbProfileStore(RocksDbStorage storage) {
    this.storage = storage;
    this.db = storage.db();
    this.profiles = storage.family(Family.PROFILES);
  }

  @Override
  public Optional<UserProfile> get(String userKey) {
    try {
      byte[] json = db.get(profiles, Bytes.utf8(userKey));
      return json == null ? Optional.empty() : Optional.of(Json.read(json, UserProfile.class));
    } catch (RocksDBException e) {
      throw new StoreException("cannot read a profile", e);
    }
  }

  @Override
  public void put(UserProfile profile) {
    Objects.requireNonNull(profile.userKey(), "profile.userKey");
    ReentrantLock lock = locks.forKey(profile.userKey());
    lock.lock();
    try {
      write(profile);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public UserProfile update(String userKey, UnaryOperator<UserProfile> change) {
    Objects.requireNonNull(userKey, "userKey");
    ReentrantLock lock = locks.forKey(userKey);
    lock.lock();
    try {
      UserProfile base = get(userKey).orElseGet(() -> UserProfile.empty(userKey, Instant.EPOCH));
      UserProfile changed = change.apply(base);
      Objects.requireNonNull(changed, "the change returned null for userKey=" + userKey);
      if (!userKey.equals(changed.userKey())) {
        throw new IllegalArgumentException(
            "the change must keep the user key; userKey=" + userKey + " got=" + changed.userKey());
      }
      write(changed);
      return changed;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean delete(String userKey) {
    ReentrantLock lock = locks.forKey(userKey);
    lock.lock();
    try {
      byte[] key = Bytes.utf8(userKey);
      if (db.get(profiles, key) == null) {
        return false;
      }
      db.delete(profiles, storage.walWrites(), key);
      return true;
    } catch (RocksDBException e) {
      throw new StoreException("cannot delete a profile", e);
    } finally {
      lock.unlock();
    }
  }

  /** Iterates the column family; a RocksDB iterator reads one consistent implicit snapshot. */
  @Override
  public void forEach(Consumer<UserProfile> action) {
    try (RocksIterator it = db.newIterator(profiles)) {
      for (it.seekToFirst(); it.isValid(); it.next()) {
        action.accept(Json.read(it.value(), UserProfile.class));
      }
    }
  }

  /** The store shares its database; {@code EmbeddedStores} closes that. */
  @Override
  public void close() {}

  private void write(UserProfile profile) {
    try {
      db.put(
          profiles, storage.walWrites(), Bytes.utf8(profile.userKey()), Json.writeBytes(profile));
    } catch (RocksDBException e) {
      throw new StoreException("cannot write a profile", e);
    }
  }
}
