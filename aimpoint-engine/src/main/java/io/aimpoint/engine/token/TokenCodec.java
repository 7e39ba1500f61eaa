package io.aimpoint.engine.token;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The compact binary fields of a token: unsigned LEB128 varints, 8-byte doubles and strings that
 * are stored as raw bytes when they are lower-case hex (decision ids, user keys) and as UTF-8
 * otherwise. Readers throw {@link InvalidTokenException} on any malformed input.
 */
final class TokenCodec {
  private static final int HEX = 1;
  private static final int UTF8 = 0;
  private static final int MAX_STRING_BYTES = 256;

  private TokenCodec() {}

  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(160);

    Writer put(int b) {
      out.write(b);
      return this;
    }

    Writer varLong(long v) {
      if (v < 0) {
        throw new IllegalArgumentException("token numbers must be >= 0; value=" + v);
      }
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
      return this;
    }

    Writer doubleBits(double v) {
      long bits = Double.doubleToLongBits(v);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (bits >>> shift));
      }
      return this;
    }

    Writer string(String s) {
      if (isLowerHex(s)) {
        byte[] raw = HexFormat.of().parseHex(s);
        put(HEX).varLong(raw.length).out.writeBytes(raw);
      } else {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        if (raw.length > MAX_STRING_BYTES) {
          throw new IllegalArgumentException(
              "token strings are at most " + MAX_STRING_BYTES + " bytes; length=" + raw.length);
        }
        put(UTF8).varLong(raw.length).out.writeBytes(raw);
      }
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    private static boolean isLowerHex(String s) {
      if (s.isEmpty() || s.length() % 2 != 0 || s.length() > 2 * MAX_STRING_BYTES) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
          return false;
        }
      }
      return true;
    }
  }

  static final class Reader {
    private final ByteBuffer in;

    Reader(byte[] bytes, int length) {
      this.in = ByteBuffer.wrap(bytes, 0, length);
    }

    int unsignedByte() {
      try {
        return in.get() & 0xFF;
      } catch (BufferUnderflowException e) {
        throw truncated();
      }
    }

    long varLong() {
      long v = 0;
      for (int shift = 0; shift < 63; shift += 7) {
        int b = unsignedByte();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new InvalidTokenException("malformed token: number too long");
    }

    double doubleBits() {
      try {
        return in.getDouble();
      } catch (BufferUnderflowException e) {
        throw truncated();
      }
    }

    String string() {
      int tag = unsignedByte();
      long length = varLong();
      if (length > MAX_STRING_BYTES || length > in.remaining()) {
        throw truncated();
      }
      byte[] raw = new byte[(int) length];
      in.get(raw);
      return switch (tag) {
        case HEX -> HexFormat.of().formatHex(raw);
        case UTF8 -> new String(raw, StandardCharsets.UTF_8);
        default -> throw new InvalidTokenException("malformed token: unknown string tag " + tag);
      };
    }

    boolean atEnd() {
      return !in.hasRemaining();
    }

    private static InvalidTokenException truncated() {
      return new InvalidTokenException("malformed token: truncated");
    }
  }
}
