package io.aimpoint.store.embedded.rocksdb;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks picked by key hash: read-modify-write of one key is serialized while
 * different keys mostly proceed in parallel, without a lock object per key.
 */
final class StripedLocks {
  private final ReentrantLock[] locks;

  StripedLocks(int stripes) {
    if (Integer.bitCount(stripes) != 1) {
      throw new IllegalArgumentException("stripes must be a power of two; stripes=" + stripes);
    }
    locks = new ReentrantLock[stripes];
    for (int i = 0; i < stripes; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  ReentrantLock forKey(String key) {
    int h = key.hashCode();
    return locks[(h ^ (h >>> 16)) & (locks.length - 1)];
  }
}
