package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A factorization machine for click prediction: S. Rendle, "Factorization Machines", ICDM 2010.
 *
 * <p>The margin is {@code w0 + sum_i w_i x_i + sum_{i<j} <v_i, v_j> x_i x_j}, whose pairwise term
 * Rendle computes in O(kn) as {@code 1/2 sum_f [(sum_i v_if x_i)^2 - sum_i v_if^2 x_i^2]}. Unlike
 * logistic regression it learns interactions between features that never co-occurred in training,
 * through their factor vectors; over hashed features it needs no feature crosses.
 *
 * <p>Training is online on log-loss. The intercept and linear weights use FTRL-Proximal (sparse, as
 * in {@link FtrlProximal}); the factors use AdaGrad with L2 ({@link FactorTable}, lazily and
 * deterministically initialized from the seed). For batch scoring the request-side sums {@code
 * sum_i v_if x_i} are computed once and combined with each candidate's: the interaction between the
 * two sides is their dot product.
 *
 * <p>Training is thread-confined; scoring is thread-safe (see {@link OnlineLearner}).
 */
public final class FactorizationMachine implements OnlineLearner {
  private static final String KIND = "factorization-machine";
  private static final int VERSION = 1;

  private final FmOptions options;
  private final FtrlCoordinates linear;
  private final FactorTable factors;
  private final double[] sums; // learn's scratch: per-factor sums of the example

  public FactorizationMachine(FmOptions options) {
    this.options = options;
    this.linear = new FtrlCoordinates(options.linear());
    this.factors = new FactorTable(options);
    this.sums = new double[options.factors()];
  }

  public FmOptions options() {
    return options;
  }

  @Override
  public double learn(Example example) {
    Features x = example.features();
    double margin = linear.learnMargin(x);
    factors.touch(x);
    double squares = factors.sums(x, sums);
    margin += pairwise(sums, squares);
    double p = Sigmoid.of(margin);
    double residual = p - example.label();
    linear.learnUpdate(x, residual);
    factors.update(x, sums, residual);
    return p;
  }

  private static double pairwise(double[] sums, double squares) {
    double total = 0;
    for (double s : sums) {
      total += s * s;
    }
    return 0.5 * (total - squares);
  }

  /** The log-odds of a click. */
  public double margin(Features x) {
    double[] s = new double[options.factors()];
    double squares = factors.sums(x, s);
    return linear.intercept() + linear.sum(x) + pairwise(s, squares);
  }

  @Override
  public double predict(Features features) {
    return Sigmoid.of(margin(features));
  }

  @Override
  public void score(Features shared, List<Features> candidates, double[] out) {
    CtrModel.checkOut(candidates, out);
    int k = options.factors();
    double[] sharedSums = new double[k];
    double sharedSquares = factors.sums(shared, sharedSums);
    double sharedMargin =
        linear.intercept() + linear.sum(shared) + pairwise(sharedSums, sharedSquares);
    double[] s = new double[k];
    for (int i = 0; i < candidates.size(); i++) {
      Features c = candidates.get(i);
      double squares = factors.sums(c, s);
      double cross = 0;
      for (int f = 0; f < k; f++) {
        cross += sharedSums[f] * s[f];
      }
      out[i] = Sigmoid.of(sharedMargin + linear.sum(c) + pairwise(s, squares) + cross);
    }
  }

  /** Writes the model; only touched slots are stored. Does not close {@code out}. */
  public void save(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    ModelFormat.writeHeader(data, KIND, VERSION);
    FtrlCoordinates.writeOptions(data, options.linear());
    data.writeInt(options.factors());
    data.writeDouble(options.learningRate());
    data.writeDouble(options.factorL2());
    data.writeDouble(options.initStd());
    data.writeLong(options.seed());
    linear.write(data);
    factors.write(data);
    data.flush();
  }

  /**
   * Reads a model written by {@link #save}. Buffers {@code in}, so it may read past the model's
   * end: pass a stream that holds just the model. Does not close {@code in}.
   */
  public static FactorizationMachine load(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    ModelFormat.readHeader(data, KIND, VERSION);
    FmOptions options;
    try {
      FtrlOptions linear = FtrlCoordinates.readOptions(data);
      options =
          new FmOptions(
              linear,
              data.readInt(),
              data.readDouble(),
              data.readDouble(),
              data.readDouble(),
              data.readLong());
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt " + KIND + " model: " + e.getMessage(), e);
    }
    FactorizationMachine model = new FactorizationMachine(options);
    model.linear.read(data);
    model.factors.read(data);
    return model;
  }

  @Override
  public String toString() {
    return "FactorizationMachine" + options;
  }
}
