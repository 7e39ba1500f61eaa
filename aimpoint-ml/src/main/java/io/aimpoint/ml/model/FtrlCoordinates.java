package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Features;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The linear part of a model trained by FTRL-Proximal (McMahan et al. 2013, Algorithm 1): an
 * intercept plus per-coordinate state over a hashed index space, shared by {@link FtrlProximal} and
 * {@link FactorizationMachine}. Each coordinate holds {@code z} (the accumulated, proximally
 * adjusted gradient) and {@code n} (the sum of squared gradients). Weights are never stored; they
 * are computed lazily from (z, n) when a coordinate is used, which is what makes the update sparse.
 *
 * <p>z and n of a coordinate are interleaved in one float array so that one cache miss fetches
 * both: with millions of coordinates nearly every access misses the cache, and the miss, not the
 * arithmetic, is the cost. Floats halve the memory traffic; their precision is ample for n (a sum
 * of squares) and z.
 *
 * <p>The intercept is a separate coordinate in doubles, exempt from L1 and L2: with CTRs of 0.1%,
 * it carries a margin near -7 that regularization would pull toward 50%.
 *
 * <p>{@link #learnMargin} and {@link #learnUpdate} are one training step, split so the caller can
 * add its own terms to the margin; they share scratch arrays and so are thread-confined. The
 * scoring methods only read.
 */
final class FtrlCoordinates {
  private final float[] zn;
  private final int mask;
  private final double invAlpha;
  private final double alpha;
  private final double beta;
  private final double l1;
  private final double l2;
  private double biasZ;
  private double biasN;
  private double learnBias; // intercept weight of the example being learnt
  private double[] weights = new double[64]; // learn's scratch: weights of the current example
  private double[] roots = new double[64]; // learn's scratch: sqrt(n) of the example's coordinates

  FtrlCoordinates(FtrlOptions options) {
    this.zn = new float[2 << options.bits()];
    this.mask = (1 << options.bits()) - 1;
    this.invAlpha = 1.0 / options.alpha();
    this.alpha = options.alpha();
    this.beta = options.beta();
    this.l1 = options.l1();
    this.l2 = options.l2();
  }

  /** Writes the options in the order {@link #readOptions} reads them. */
  static void writeOptions(DataOutputStream out, FtrlOptions options) throws IOException {
    out.writeDouble(options.alpha());
    out.writeDouble(options.beta());
    out.writeDouble(options.l1());
    out.writeDouble(options.l2());
    out.writeInt(options.bits());
  }

  /**
   * Reads what {@link #writeOptions} wrote.
   *
   * @throws IllegalArgumentException if the values read are not valid options
   */
  static FtrlOptions readOptions(DataInputStream in) throws IOException {
    return new FtrlOptions(
        in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readInt());
  }

  /**
   * The first half of a training step: the intercept plus the weighted features of {@code x}, with
   * the weights and square roots kept for {@link #learnUpdate}.
   */
  double learnMargin(Features x) {
    int size = x.size();
    if (weights.length < size) {
      weights = new double[Math.max(size, 2 * weights.length)];
      roots = new double[weights.length];
    }
    double[] w = weights;
    double[] r = roots;
    double bias = intercept();
    learnBias = bias;
    double margin = bias;
    for (int j = 0; j < size; j++) {
      double wj = weight(x.index(j), r, j);
      w[j] = wj;
      margin += wj * x.value(j);
    }
    return margin;
  }

  /**
   * The second half of a training step: applies the log-loss gradient {@code residual} (the
   * derivative by the margin) to the coordinates of {@code x}, the example of the preceding {@link
   * #learnMargin}, and to the intercept.
   */
  void learnUpdate(Features x, double residual) {
    double[] w = weights;
    double[] r = roots;
    for (int j = 0, size = x.size(); j < size; j++) {
      update(x.index(j), residual * x.value(j), w[j], r[j]);
    }
    updateIntercept(residual, learnBias);
  }

  /** The intercept's weight. */
  double intercept() {
    return -biasZ / ((beta + Math.sqrt(biasN)) / alpha);
  }

  private void updateIntercept(double g, double w) {
    double n = biasN + g * g;
    biasZ += g - (Math.sqrt(n) - Math.sqrt(biasN)) / alpha * w;
    biasN = n;
  }

  /** The weighted features of {@code x}, without the intercept. */
  double sum(Features x) {
    double m = 0;
    for (int j = 0, size = x.size(); j < size; j++) {
      m += weight(x.index(j)) * x.value(j);
    }
    return m;
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
   * #update} that follows: the square root is the costliest step of the loop, and this way each
   * coordinate takes two per example instead of three.
   */
  private double weight(int index, double[] sqrtN, int j) {
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
  private void update(int index, double g, double w, double sqrtN) {
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

  /**
   * Writes the intercept's z and n, then the touched coordinates (n > 0) as (index, z, n) triples,
   * preceded by their count.
   */
  void write(DataOutputStream out) throws IOException {
    out.writeDouble(biasZ);
    out.writeDouble(biasN);
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
    biasZ = in.readDouble();
    biasN = in.readDouble();
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
