package io.aimpoint.ml.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The header of every saved model: a magic number, the model kind and a format version, so that
 * loading the wrong file, or a file from a newer release, fails with a clear message.
 */
final class ModelFormat {
  private static final int MAGIC = 0x41494d4c; // "AIML"

  private ModelFormat() {}

  static void writeHeader(DataOutputStream out, String kind, int version) throws IOException {
    out.writeInt(MAGIC);
    out.writeUTF(kind);
    out.writeInt(version);
  }

  /** Reads and checks the header; returns the version (at most {@code maxVersion}). */
  static int readHeader(DataInputStream in, String kind, int maxVersion) throws IOException {
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new IOException("not an Aimpoint model: magic=0x" + Integer.toHexString(magic));
    }
    String actual = in.readUTF();
    if (!actual.equals(kind)) {
      throw new IOException("expected a " + kind + " model; kind=" + actual);
    }
    int version = in.readInt();
    if (version < 1 || version > maxVersion) {
      throw new IOException(
          "unsupported " + kind + " format version; version=" + version + ", max=" + maxVersion);
    }
    return version;
  }
}
