package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Features;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The per-coordinate state of FTRL-Proximal (McMahan et al. 2013, Algorithm 1) over a hashed index
 * space: {@code z} (the accumulated, proximally adjusted gradient) and {@code n} (the sum of
 * squared gradients). Weights are never stored; they are computed lazily from (z, n) when a
 * coordinate is used, which is what makes the update sparse.
 *
 * <p>z and n of a coordinate are interleaved in one float array so that one cache miss fetches
 * both: with millions of coordinates nearly every access misses the cache, and the miss, not the
 * arithmetic, is the cost. Floats halve the memory traffic; their precision is ample for n (a sum
 * of squares) and z.
 */
final class FtrlCoordinates {
  private final float[] zn;
  private final int mask;
  private final double invAlpha;
  private final double beta;
  private final double l1;
  private final double l2;

  FtrlCoordinates(FtrlOptions options) {
    this.zn = new float[2 << options.bits()];
    this.mask = (1 << options.bits()) - 1;
    this.invAlpha = 1.0 / options.alpha();
    this.beta = options.beta();
    this.l1 = options.l1();
    this.l2 = options.l2();
  }

  /**
   * Loads the example's coordinates into the cache before they are used. The loop only loads, so
   * the CPU keeps all of its cache misses in flight at once; the weight loop that follows would
   * otherwise overlap only a few, stalled behind its square roots and divisions. Returns a value
   * the caller must consume so the loads are not eliminated.
   */
  float prefetch(Features x) {
    float sum = 0;
    for (int j = 0, size = x.size(); j < size; j++) {
      sum += zn[((x.index(j) & mask) << 1) + 1];
    }
    return sum;
  }

  /** The weight of the coordinate that feature index {@code index} folds into. */
  double weight(int index) {
    int s = (index & mask) << 1;
    return weight(zn[s], Math.sqrt(zn[s + 1]));
  }

  /**
   * Like {@link #weight(int)}, also storing {@code sqrt(n)} in {@code sqrtN[j]} for the {@link
   * #update(int, double, double, double)} that follows: the square root is the costliest step of
   * the loop, and this way each coordinate takes two per example instead of three.
   */
  double weight(int index, double[] sqrtN, int j) {
    int s = (index & mask) << 1;
    double root = Math.sqrt(zn[s + 1]);
    sqrtN[j] = root;
    return weight(zn[s], root);
  }

  private double weight(float z, double sqrtN) {
    if (z <= l1 && z >= -l1) {
      return 0;
    }
    return (Math.copySign(l1, z) - z) / ((beta + sqrtN) * invAlpha + l2);
  }

  /**
   * Applies gradient {@code g} to the coordinate, whose weight is {@code w} and whose {@code
   * sqrt(n)} is {@code sqrtN}, both as computed before this example.
   */
  void update(int index, double g, double w, double sqrtN) {
    int s = (index & mask) << 1;
    double nNew = zn[s + 1] + g * g;
    double sigma = (Math.sqrt(nNew) - sqrtN) * invAlpha;
    zn[s] += (float) (g - sigma * w);
    zn[s + 1] = (float) nNew;
  }

  /** Coordinates whose weight is not zero. */
  long nonZero() {
    long count = 0;
    for (int i = 0; i <= mask; i++) {
      if (weight(i) != 0) {
        count++;
      }
    }
    return count;
  }

  /** Writes the touched coordinates (n > 0) as (index, z, n) triples, preceded by their count. */
  void write(DataOutputStream out) throws IOException {
    int touched = 0;
    for (int i = 0; i <= mask; i++) {
      touched += zn[2 * i + 1] != 0 ? 1 : 0;
    }
    out.writeInt(touched);
    for (int i = 0; i <= mask; i++) {
      if (zn[2 * i + 1] != 0) {
        out.writeInt(i);
        out.writeFloat(zn[2 * i]);
        out.writeFloat(zn[2 * i + 1]);
      }
    }
  }

  /** Reads what {@link #write} wrote into this (fresh) instance. */
  void read(DataInputStream in) throws IOException {
    int touched = in.readInt();
    if (touched < 0 || touched > mask + 1) {
      throw new IOException("corrupt model: " + touched + " coordinates for " + (mask + 1));
    }
    for (int k = 0; k < touched; k++) {
      int i = in.readInt();
      if (i < 0 || i > mask) {
        throw new IOException("corrupt model: coordinate " + i + " out of range");
      }
      zn[2 * i] = in.readFloat();
      zn[2 * i + 1] = in.readFloat();
    }
  }
}
