package io.aimpoint.ml.deep;

import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.model.CtrModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A trained DeepFM or DCN-V2 network served in plain Java: the forward pass of {@link DeepWeights},
 * with no native library.
 *
 * <p>The logit is {@code bias + sum_i v_i w[row_i]} (first order) plus, for DeepFM, the FM
 * interaction of the field embeddings {@code 1/2 sum_d [(sum_f e_fd)^2 - sum_f e_fd^2]} and an MLP
 * over their concatenation {@code x0}; for DCN-V2 a linear layer over the last cross layer's output
 * and the last hidden layer.
 *
 * <p>Batch scoring does the request-side work once ({@link Request}): the shared fields' pooled
 * embeddings, their FM sums and sums of squares, the first-order sum, and the shared part of every
 * layer that is linear in {@code x0}: {@code b1 + W1 x0_shared} of the MLP and {@code b0 + W0
 * x0_shared} of the first cross layer. Because field embeddings are sums, {@code x0 = x0_shared +
 * x0_candidate} exactly, so per candidate only its own fields' embeddings and weight rows are
 * touched before the remaining (dense) layers.
 *
 * <p>Immutable and safe for concurrent scoring: per-call buffers are allocated per call.
 */
public final class DeepCtrModel implements CtrModel {
  private final DeepWeights w;
  private final int dim;
  private final int width;
  private final int rowMask;
  private final boolean dcn;

  DeepCtrModel(DeepWeights weights) {
    this.w = weights;
    this.dim = weights.dim();
    this.width = weights.inputWidth();
    this.rowMask = weights.rows() - 1;
    this.dcn = weights.options().architecture() == DeepArchitecture.DCNV2;
  }

  /**
   * The untrained network (the seeded initial weights training starts from) for {@code fields}
   * fields over a feature space of {@code 2^bits} slots; useful to measure scoring cost.
   */
  public static DeepCtrModel untrained(DeepOptions options, int fields, int bits) {
    return new DeepCtrModel(DeepWeights.initial(options, fields, bits));
  }

  public DeepOptions options() {
    return w.options();
  }

  /** The number of fields the model was built for; feature field ids must be below it. */
  public int fields() {
    return w.fields();
  }

  DeepWeights weights() {
    return w;
  }

  @Override
  public double predict(Features features) {
    return sigmoid(logit(prepare(features), Features.empty(), new Scratch()));
  }

  @Override
  public void score(Features shared, List<Features> candidates, double[] out) {
    CtrModel.checkOut(candidates, out);
    Request request = prepare(shared);
    Scratch scratch = new Scratch();
    for (int i = 0; i < candidates.size(); i++) {
      out[i] = sigmoid(logit(request, candidates.get(i), scratch));
    }
  }

  /** The request-side state shared by all candidates. */
  private final class Request {
    final float[] x0 = new float[width];
    final float[] fieldSquares = new float[w.fields()];
    final float[] fmSums = new float[dim];
    float fmSquares;
    float first;
    final float[] hidden0 = new float[w.mlp()[0].out()];
    final float[] cross0 = dcn ? new float[width] : null;
  }

  /** Per-candidate buffers, reused across the candidates of one call. */
  private final class Scratch {
    final float[] xc = new float[width];
    final int[] touched = new int[w.fields()];
    final boolean[] marked = new boolean[w.fields()];
    int touchedCount;
    final float[][] hidden = new float[w.mlp().length][];
    final float[] x0 = dcn ? new float[width] : null;
    final float[] xl = dcn ? new float[width] : null;
    final float[] tmp = dcn ? new float[width] : null;

    Scratch() {
      for (int l = 0; l < hidden.length; l++) {
        hidden[l] = new float[w.mlp()[l].out()];
      }
    }

    void reset() {
      for (int t = 0; t < touchedCount; t++) {
        int f = touched[t];
        Arrays.fill(xc, f * dim, (f + 1) * dim, 0f);
        marked[f] = false;
      }
      touchedCount = 0;
    }

    void touch(int field) {
      if (!marked[field]) {
        marked[field] = true;
        touched[touchedCount++] = field;
      }
    }
  }

  private Request prepare(Features shared) {
    Request r = new Request();
    r.first = w.bias()[0] + pool(shared, r.x0, null);
    for (int f = 0; f < w.fields(); f++) {
      float sq = 0;
      for (int d = f * dim; d < (f + 1) * dim; d++) {
        sq += r.x0[d] * r.x0[d];
        r.fmSums[d - f * dim] += r.x0[d];
      }
      r.fieldSquares[f] = sq;
      r.fmSquares += sq;
    }
    w.mlp()[0].apply(r.x0, r.hidden0);
    if (dcn) {
      w.cross()[0].apply(r.x0, r.cross0);
    }
    return r;
  }

  /**
   * Adds each feature's value-weighted embedding to its field's slot of {@code x}, marks the fields
   * in {@code scratch} (if any), and returns the first-order sum.
   */
  private float pool(Features x, float[] into, Scratch scratch) {
    float first = 0;
    float[] table = w.table();
    for (int i = 0; i < x.size(); i++) {
      int f = x.field(i);
      if (f >= w.fields()) {
        throw new IllegalArgumentException(
            "field id out of range; field=" + f + ", fields=" + w.fields());
      }
      int row = x.index(i) & rowMask;
      float v = x.value(i);
      first += v * w.linear()[row];
      int src = row * dim;
      int dst = f * dim;
      for (int d = 0; d < dim; d++) {
        into[dst + d] += v * table[src + d];
      }
      if (scratch != null) {
        scratch.touch(f);
      }
    }
    return first;
  }

  private double logit(Request r, Features candidate, Scratch s) {
    s.reset();
    float first = r.first + pool(candidate, s.xc, s);
    float[] h = hidden(r, s);
    return dcn ? first + crossOutput(r, s, h) : first + fm(r, s) + dot(w.output(), h, 0);
  }

  private float[] hidden(Request r, Scratch s) {
    Dense[] mlp = w.mlp();
    float[] h = s.hidden[0];
    System.arraycopy(r.hidden0, 0, h, 0, h.length);
    for (int t = 0; t < s.touchedCount; t++) {
      int f = s.touched[t];
      mlp[0].accumulate(s.xc, f * dim, (f + 1) * dim, h);
    }
    relu(h);
    for (int l = 1; l < mlp.length; l++) {
      mlp[l].apply(h, s.hidden[l]);
      h = s.hidden[l];
      relu(h);
    }
    return h;
  }

  private float fm(Request r, Scratch s) {
    float squares = r.fmSquares;
    float total = 0;
    for (int d = 0; d < dim; d++) {
      float sum = r.fmSums[d];
      for (int t = 0; t < s.touchedCount; t++) {
        sum += s.xc[s.touched[t] * dim + d];
      }
      total += sum * sum;
    }
    for (int t = 0; t < s.touchedCount; t++) {
      int f = s.touched[t];
      float sq = 0;
      for (int d = f * dim; d < (f + 1) * dim; d++) {
        float e = r.x0[d] + s.xc[d];
        sq += e * e;
      }
      squares += sq - r.fieldSquares[f];
    }
    return 0.5f * (total - squares);
  }

  private float crossOutput(Request r, Scratch s, float[] h) {
    Dense[] cross = w.cross();
    float[] x0 = s.x0;
    float[] xl = s.xl;
    float[] t = s.tmp;
    System.arraycopy(r.x0, 0, x0, 0, width);
    System.arraycopy(r.cross0, 0, t, 0, width);
    for (int k = 0; k < s.touchedCount; k++) {
      int f = s.touched[k];
      for (int d = f * dim; d < (f + 1) * dim; d++) {
        x0[d] += s.xc[d];
      }
      cross[0].accumulate(s.xc, f * dim, (f + 1) * dim, t);
    }
    for (int i = 0; i < width; i++) {
      xl[i] = x0[i] * t[i] + x0[i];
    }
    for (int l = 1; l < cross.length; l++) {
      cross[l].apply(xl, t);
      for (int i = 0; i < width; i++) {
        xl[i] = x0[i] * t[i] + xl[i];
      }
    }
    Dense out = w.output();
    float z = out.bias()[0];
    float[] wo = out.weights();
    for (int i = 0; i < width; i++) {
      z += xl[i] * wo[i];
    }
    return z + dot(out, h, width);
  }

  /** {@code b + h . W[offset..]} of a one-output layer (without the bias when offset > 0). */
  private static float dot(Dense out, float[] h, int offset) {
    float z = offset == 0 ? out.bias()[0] : 0f;
    float[] wo = out.weights();
    for (int j = 0; j < h.length; j++) {
      z += h[j] * wo[offset + j];
    }
    return z;
  }

  /** The logistic function, clamped as the other Aimpoint models clamp it. */
  static double sigmoid(double z) {
    double x = Math.max(-35, Math.min(35, z));
    return 1 / (1 + Math.exp(-x));
  }

  private static void relu(float[] h) {
    for (int j = 0; j < h.length; j++) {
      h[j] = Math.max(h[j], 0f);
    }
  }

  /** Writes the model; does not close {@code out}. */
  public void save(OutputStream out) throws IOException {
    DeepWeightsFormat.write(w, out);
  }

  /**
   * Reads a model written by {@link #save}. Buffers {@code in}: pass a stream that holds just the
   * model. Does not close {@code in}.
   */
  public static DeepCtrModel load(InputStream in) throws IOException {
    return new DeepCtrModel(DeepWeightsFormat.read(in));
  }

  @Override
  public String toString() {
    return "DeepCtrModel[" + w.options() + ", fields=" + w.fields() + ", rows=" + w.rows() + "]";
  }
}
