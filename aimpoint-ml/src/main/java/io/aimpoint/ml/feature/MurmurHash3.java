package io.aimpoint.ml.feature;

/**
 * MurmurHash3 x86 32-bit (Austin Appleby, public domain), over UTF-8 bytes of character sequences
 * and over 32/64-bit integers.
 *
 * <p>The string variant encodes UTF-8 on the fly, so it hashes a slice of a line without copying it
 * into a {@code String} or {@code byte[]}; its results equal the reference implementation (and
 * Guava's {@code murmur3_32_fixed().hashString(s, UTF_8)}, Python's {@code mmh3.hash}) on the UTF-8
 * bytes. Ill-formed surrogates are encoded as {@code '?'}, as {@code String.getBytes} does.
 */
public final class MurmurHash3 {
  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private MurmurHash3() {}

  /** Hashes the UTF-8 encoding of {@code s}. */
  public static int hash32(CharSequence s, int seed) {
    return hash32(s, 0, s.length(), seed);
  }

  /** Hashes the UTF-8 encoding of {@code s[begin, end)}. */
  public static int hash32(CharSequence s, int begin, int end, int seed) {
    if (begin < 0 || end > s.length() || begin > end) {
      throw new IndexOutOfBoundsException(
          "begin=" + begin + ", end=" + end + ", length=" + s.length());
    }
    int h = seed;
    int buffer = 0; // pending bytes, little-endian
    int pending = 0; // number of bytes in buffer
    int total = 0;
    for (int i = begin; i < end; i++) {
      int c = s.charAt(i);
      if (c < 0x80) {
        buffer |= c << (pending << 3);
        if (++pending == 4) {
          h = mixBlock(h, buffer);
          buffer = 0;
          pending = 0;
        }
        total++;
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate((char) c)
          && i + 1 < end
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint((char) c, s.charAt(++i));
      } else if (Character.isSurrogate((char) c)) {
        cp = '?';
      }
      int[] bytes = utf8(cp);
      for (int b : bytes) {
        buffer |= b << (pending << 3);
        if (++pending == 4) {
          h = mixBlock(h, buffer);
          buffer = 0;
          pending = 0;
        }
      }
      total += bytes.length;
    }
    if (pending > 0) {
      h ^= mixK1(buffer);
    }
    return fmix(h ^ total);
  }

  /** Hashes {@code data}: the reference algorithm, byte for byte. */
  public static int hash32(byte[] data, int seed) {
    int h = seed;
    int blocks = data.length >>> 2;
    for (int i = 0; i < blocks; i++) {
      int k =
          (data[4 * i] & 0xff)
              | (data[4 * i + 1] & 0xff) << 8
              | (data[4 * i + 2] & 0xff) << 16
              | (data[4 * i + 3] & 0xff) << 24;
      h = mixBlock(h, k);
    }
    int tail = 0;
    for (int i = data.length - 1; i >= blocks << 2; i--) {
      tail = (tail << 8) | (data[i] & 0xff);
    }
    if ((data.length & 3) != 0) {
      h ^= mixK1(tail);
    }
    return fmix(h ^ data.length);
  }

  /** Hashes the 4 little-endian bytes of {@code value}. */
  public static int hash32(int value, int seed) {
    return fmix(mixBlock(seed, value) ^ 4);
  }

  /** Hashes the 8 little-endian bytes of {@code value}. */
  public static int hash32(long value, int seed) {
    int h = mixBlock(seed, (int) value);
    h = mixBlock(h, (int) (value >>> 32));
    return fmix(h ^ 8);
  }

  /** The 32-bit finalizer: a bijection that makes every input bit affect every output bit. */
  public static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static int mixK1(int k1) {
    k1 *= C1;
    k1 = Integer.rotateLeft(k1, 15);
    return k1 * C2;
  }

  private static int mixBlock(int h, int k1) {
    h ^= mixK1(k1);
    h = Integer.rotateLeft(h, 13);
    return h * 5 + 0xe6546b64;
  }

  private static int[] utf8(int cp) {
    if (cp < 0x800) {
      return new int[] {0xc0 | (cp >>> 6), 0x80 | (cp & 0x3f)};
    }
    if (cp < 0x10000) {
      return new int[] {0xe0 | (cp >>> 12), 0x80 | ((cp >>> 6) & 0x3f), 0x80 | (cp & 0x3f)};
    }
    return new int[] {
      0xf0 | (cp >>> 18),
      0x80 | ((cp >>> 12) & 0x3f),
      0x80 | ((cp >>> 6) & 0x3f),
      0x80 | (cp & 0x3f)
    };
  }
}
