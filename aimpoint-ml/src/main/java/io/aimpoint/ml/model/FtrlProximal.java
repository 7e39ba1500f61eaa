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
 * Logistic regression trained online with FTRL-Proximal: H. B. McMahan et al., "Ad Click
 * Prediction: a View from the Trenches", KDD 2013, Algorithm 1.
 *
 * <p>Each coordinate has its own learning rate {@code alpha / (beta + sqrt(sum of squared
 * gradients))}, so rare features take large steps and frequent ones small steps, and L1 makes most
 * weights exactly zero. Weights are computed lazily from the per-coordinate state when a feature is
 * seen ({@link FtrlCoordinates}); one {@code learn} touches only the example's coordinates, which
 * is what allows millions of examples per second over {@code 2^22}+ hashed weights.
 *
 * <p>The intercept is a separate coordinate exempt from L1 and L2: with CTRs of 0.1%, it carries a
 * margin near -7 that regularization would pull toward 50%. Training starts from all-zero state, so
 * the model is fully deterministic given the example order; no seed is needed.
 *
 * <p>Training is thread-confined; scoring is thread-safe (see {@link OnlineLearner}).
 */
public final class FtrlProximal implements OnlineLearner {
  private static final String KIND = "ftrl-proximal";
  private static final int VERSION = 1;

  private final FtrlOptions options;
  private final FtrlCoordinates coordinates;
  private float prefetched; // consumes FtrlCoordinates.prefetch's result; never read

  public FtrlProximal(FtrlOptions options) {
    this.options = options;
    this.coordinates = new FtrlCoordinates(options);
  }

  public FtrlOptions options() {
    return options;
  }

  @Override
  public double learn(Example example) {
    Features x = example.features();
    prefetched += coordinates.prefetch(x);
    double p = Sigmoid.of(coordinates.learnMargin(x));
    coordinates.learnUpdate(x, p - example.label()); // d(log-loss)/d(margin)
    return p;
  }

  /** The log-odds of a click: intercept plus the weighted features. */
  public double margin(Features x) {
    return coordinates.intercept() + coordinates.sum(x);
  }

  @Override
  public double predict(Features features) {
    return Sigmoid.of(margin(features));
  }

  @Override
  public void score(Features shared, List<Features> candidates, double[] out) {
    CtrModel.checkOut(candidates, out);
    double sharedMargin = margin(shared);
    for (int i = 0; i < candidates.size(); i++) {
      out[i] = Sigmoid.of(sharedMargin + coordinates.sum(candidates.get(i)));
    }
  }

  /** The current weight of the coordinate feature index {@code index} folds into. */
  public double weight(int index) {
    return coordinates.weight(index);
  }

  /** How many weights are not zero (a full scan: for reports, not hot paths). */
  public long nonZeroWeights() {
    return coordinates.nonZero();
  }

  /** Writes the model; only touched coordinates are stored. Does not close {@code out}. */
  public void save(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    ModelFormat.writeHeader(data, KIND, VERSION);
    FtrlCoordinates.writeOptions(data, options);
    coordinates.write(data);
    data.flush();
  }

  /**
   * Reads a model written by {@link #save}. Buffers {@code in}, so it may read past the model's
   * end: pass a stream that holds just the model. Does not close {@code in}.
   */
  public static FtrlProximal load(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    ModelFormat.readHeader(data, KIND, VERSION);
    FtrlOptions options;
    try {
      options = FtrlCoordinates.readOptions(data);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt " + KIND + " model: " + e.getMessage(), e);
    }
    FtrlProximal model = new FtrlProximal(options);
    model.coordinates.read(data);
    return model;
  }

  @Override
  public String toString() {
    return "FtrlProximal" + options;
  }
}
