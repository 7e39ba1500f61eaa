package io.aimpoint.store.embedded.rocksdb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Big-endian key encodings whose unsigned byte order is the order of the values. */
final class Bytes {
  private Bytes() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Non-negative longs only: their big-endian bytes sort like the numbers. */
  static byte[] offset(long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }

  static long longAt(byte[] b, int index) {
    return ByteBuffer.wrap(b).getLong(index);
  }

  /** 12 bytes that sort like the instants, negative epoch seconds included. */
  static ByteBuffer putInstant(ByteBuffer buf, Instant at) {
    return buf.putLong(at.getEpochSecond() ^ Long.MIN_VALUE).putInt(at.getNano());
  }

  static Instant instantAt(ByteBuffer buf, int index) {
    return Instant.ofEpochSecond(buf.getLong(index) ^ Long.MIN_VALUE, buf.getInt(index + 8));
  }

  /** A prefix that no longer prefix can extend into: 4-byte length, then the UTF-8 bytes. */
  static byte[] lengthPrefixed(String s) {
    byte[] raw = utf8(s);
    return ByteBuffer.allocate(Integer.BYTES + raw.length).putInt(raw.length).put(raw).array();
  }

  static boolean startsWith(byte[] key, byte[] prefix) {
    if (key.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (key[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
