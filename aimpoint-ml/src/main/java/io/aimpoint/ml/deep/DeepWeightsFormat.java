package io.aimpoint.ml.deep;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code model.bin} of a deep model: the Aimpoint model header (magic, kind {@code deep-ctr},
 * version), the options, the shape, then every weight array as big-endian floats. Floats are copied
 * exactly, so a loaded model scores bit for bit like the saved one.
 */
final class DeepWeightsFormat {
  private static final int MAGIC = 0x41494d4c; // "AIML", as every Aimpoint model
  private static final String KIND = "deep-ctr";
  private static final int VERSION = 1;
  private static final int CHUNK_FLOATS = 1 << 14;

  private DeepWeightsFormat() {}

  static void write(DeepWeights w, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeInt(MAGIC);
    data.writeUTF(KIND);
    data.writeInt(VERSION);
    DeepOptions o = w.options();
    data.writeUTF(o.architecture().name());
    data.writeInt(o.embeddingDim());
    data.writeInt(o.maxTableBits());
    data.writeInt(o.hidden().size());
    for (int h : o.hidden()) {
      data.writeInt(h);
    }
    data.writeInt(o.crossLayers());
    data.writeDouble(o.learningRate());
    data.writeInt(o.batchSize());
    data.writeDouble(o.embeddingL2());
    data.writeLong(o.seed());
    data.writeInt(w.fields());
    data.writeInt(w.rows());
    writeFloats(data, w.table());
    writeFloats(data, w.linear());
    writeFloats(data, w.bias());
    for (Dense d : w.mlp()) {
      writeDense(data, d);
    }
    for (Dense d : w.cross()) {
      writeDense(data, d);
    }
    writeDense(data, w.output());
    data.flush();
  }

  static DeepWeights read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    int magic = data.readInt();
    if (magic != MAGIC) {
      throw new IOException("not an Aimpoint model: magic=0x" + Integer.toHexString(magic));
    }
    String kind = data.readUTF();
    if (!kind.equals(KIND)) {
      throw new IOException("expected a " + KIND + " model; kind=" + kind);
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new IOException("unsupported " + KIND + " format version; version=" + version);
    }
    try {
      DeepOptions options = readOptions(data);
      int fields = data.readInt();
      int rows = data.readInt();
      float[] table = readFloats(data, Math.multiplyExact(rows, options.embeddingDim()));
      float[] linear = readFloats(data, rows);
      float[] bias = readFloats(data, 1);
      Dense[] mlp = new Dense[options.hidden().size()];
      for (int l = 0; l < mlp.length; l++) {
        mlp[l] = readDense(data);
      }
      int crossLayers =
          options.architecture() == DeepArchitecture.DCNV2 ? options.crossLayers() : 0;
      Dense[] cross = new Dense[crossLayers];
      for (int l = 0; l < cross.length; l++) {
        cross[l] = readDense(data);
      }
      Dense output = readDense(data);
      return new DeepWeights(options, fields, rows, table, linear, bias, mlp, cross, output);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IOException("corrupt " + KIND + " model: " + e.getMessage(), e);
    }
  }

  private static DeepOptions readOptions(DataInputStream data) throws IOException {
    DeepArchitecture architecture = DeepArchitecture.valueOf(data.readUTF());
    int dim = data.readInt();
    int maxTableBits = data.readInt();
    int layers = data.readInt();
    if (layers < 0 || layers > 64) {
      throw new IOException("corrupt " + KIND + " model: hidden layers=" + layers);
    }
    List<Integer> hidden = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      hidden.add(data.readInt());
    }
    return new DeepOptions(
        architecture,
        dim,
        maxTableBits,
        hidden,
        data.readInt(),
        data.readDouble(),
        data.readInt(),
        data.readDouble(),
        data.readLong());
  }

  private static void writeDense(DataOutputStream data, Dense d) throws IOException {
    data.writeInt(d.in());
    data.writeInt(d.out());
    writeFloats(data, d.weights());
    writeFloats(data, d.bias());
  }

  private static Dense readDense(DataInputStream data) throws IOException {
    int in = data.readInt();
    int out = data.readInt();
    if (in < 1 || out < 1 || (long) in * out > Integer.MAX_VALUE - 8) {
      throw new IOException("corrupt " + KIND + " model: dense in=" + in + ", out=" + out);
    }
    return new Dense(in, out, readFloats(data, in * out), readFloats(data, out));
  }

  private static void writeFloats(DataOutputStream data, float[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK_FLOATS * Float.BYTES);
    for (int from = 0; from < values.length; from += CHUNK_FLOATS) {
      int n = Math.min(CHUNK_FLOATS, values.length - from);
      buffer.clear();
      buffer.asFloatBuffer().put(values, from, n);
      data.write(buffer.array(), 0, n * Float.BYTES);
    }
  }

  private static float[] readFloats(DataInputStream data, int count) throws IOException {
    if (count < 0) {
      throw new IOException("corrupt " + KIND + " model: negative array size " + count);
    }
    float[] values = new float[count];
    byte[] bytes = new byte[CHUNK_FLOATS * Float.BYTES];
    for (int from = 0; from < count; from += CHUNK_FLOATS) {
      int n = Math.min(CHUNK_FLOATS, count - from);
      data.readFully(bytes, 0, n * Float.BYTES);
      ByteBuffer.wrap(bytes, 0, n * Float.BYTES).asFloatBuffer().get(values, from, n);
    }
    return values;
  }
}
