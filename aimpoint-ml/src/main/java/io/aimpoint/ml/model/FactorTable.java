package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Features;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The factor vectors of a factorization machine over a hashed index space, with their AdaGrad
 * accumulators. A slot's row is {@code [v_0..v_k-1, G_0..G_k-1]}, contiguous, so that a feature
 * costs one cache miss (one line for k = 8).
 *
 * <p>Rows are initialized lazily, the first time a slot is trained, from a hash of (seed, slot,
 * factor): the model does not depend on the order slots are first seen, untouched rows cost nothing
 * to save, and a feature never trained scores with a zero vector (no interaction) instead of random
 * noise. A row is touched iff its first accumulator is non-zero; accumulators start at a tiny
 * positive value and only grow.
 */
final class FactorTable {
  private static final float ACCUMULATOR_START = 1e-6f;

  private final float[] table;
  private final int k;
  private final int stride;
  private final int mask;
  private final double learningRate;
  private final double l2;
  private final double initHalfWidth;
  private final long seed;

  FactorTable(FmOptions options) {
    this.k = options.factors();
    this.stride = 2 * k;
    this.mask = (1 << options.bits()) - 1;
    this.table = new float[stride << options.bits()];
    this.learningRate = options.learningRate();
    this.l2 = options.factorL2();
    this.initHalfWidth = options.initStd() * Math.sqrt(3); // uniform(-a, a) has std a / sqrt(3)
    this.seed = options.seed();
  }

  /** Initializes the rows of any features seen for the first time. */
  void touch(Features x) {
    for (int j = 0, size = x.size(); j < size; j++) {
      int slot = x.index(j) & mask;
      int row = slot * stride;
      if (table[row + k] == 0f) {
        for (int f = 0; f < k; f++) {
          table[row + f] = (float) initialValue(slot, f);
          table[row + k + f] = ACCUMULATOR_START;
        }
      }
    }
  }

  private double initialValue(int slot, int factor) {
    long h = seed + slot * 0x9e3779b97f4a7c15L + factor * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L; // SplitMix64 finalizer
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h ^= h >>> 31;
    double unit = (h >>> 11) * 0x1.0p-53;
    return (2 * unit - 1) * initHalfWidth;
  }

  /**
   * Writes {@code s_f = sum_i v_if x_i} into {@code sums} and returns {@code sum_f sum_i v_if^2
   * x_i^2}; the pairwise term of Rendle's O(kn) identity is {@code (sum_f s_f^2 - that) / 2}.
   */
  double sums(Features x, double[] sums) {
    Arrays.fill(sums, 0, k, 0);
    double squares = 0;
    for (int j = 0, size = x.size(); j < size; j++) {
      int row = (x.index(j) & mask) * stride;
      double xj = x.value(j);
      for (int f = 0; f < k; f++) {
        double vx = table[row + f] * xj;
        sums[f] += vx;
        squares += vx * vx;
      }
    }
    return squares;
  }

  /**
   * One AdaGrad step on every factor of the example, for log-loss residual {@code g}: the gradient
   * of the margin with respect to {@code v_if} is {@code x_i (s_f - v_if x_i)}.
   */
  void update(Features x, double[] sums, double g) {
    for (int j = 0, size = x.size(); j < size; j++) {
      int row = (x.index(j) & mask) * stride;
      double xj = x.value(j);
      for (int f = 0; f < k; f++) {
        double v = table[row + f];
        double grad = g * xj * (sums[f] - v * xj) + l2 * v;
        double acc = table[row + k + f] + grad * grad;
        table[row + k + f] = (float) acc;
        table[row + f] = (float) (v - learningRate * grad / Math.sqrt(acc));
      }
    }
  }

  int factors() {
    return k;
  }

  /** Writes the touched rows as (slot, 2k floats), preceded by their count. */
  void write(DataOutputStream out) throws IOException {
    int touched = 0;
    for (int slot = 0; slot <= mask; slot++) {
      touched += table[slot * stride + k] != 0f ? 1 : 0;
    }
    out.writeInt(touched);
    for (int slot = 0; slot <= mask; slot++) {
      int row = slot * stride;
      if (table[row + k] != 0f) {
        out.writeInt(slot);
        for (int i = 0; i < stride; i++) {
          out.writeFloat(table[row + i]);
        }
      }
    }
  }

  /** Reads what {@link #write} wrote into this (fresh) table. */
  void read(DataInputStream in) throws IOException {
    int touched = in.readInt();
    if (touched < 0 || touched > mask + 1) {
      throw new IOException("corrupt model: " + touched + " factor rows for " + (mask + 1));
    }
    for (int r = 0; r < touched; r++) {
      int slot = in.readInt();
      if (slot < 0 || slot > mask) {
        throw new IOException("corrupt model: factor row " + slot + " out of range");
      }
      for (int i = 0; i < stride; i++) {
        table[slot * stride + i] = in.readFloat();
      }
    }
  }
}
