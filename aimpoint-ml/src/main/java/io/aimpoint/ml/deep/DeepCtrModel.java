package io.aimpoint.ml.deep;

import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.model.CtrModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

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
 * x0_candidate} exactly, so the candidates' first layer only needs the weight rows of the fields
 * the candidates touch. The candidates then go through every dense layer together, as one matrix
 * product per layer ({@link DenseKernel#gemm}): each weight row read from cache serves a tile of
 * candidates instead of one, which is what makes 200 candidates cheap.
 *
 * <p>Immutable and safe for concurrent scoring: the batch buffers come from a small pool and are
 * used by one call at a time.
 */
public final class DeepCtrModel implements CtrModel {
  /**
   * Idle batch buffers kept for reuse: one per core, since scoring is CPU-bound and calls beyond
   * one per core only share the cores; those allocate their own.
   */
  private static final int POOLED_WORKSPACES =
      Math.max(2, Runtime.getRuntime().availableProcessors());

  private final DeepWeights w;
  private final int dim;
  private final int width;
  private final int rowMask;
  private final boolean dcn;
  private final int[][] mlpOffsets;
  private final int[][] crossOffsets;
  private final ArrayBlockingQueue<Workspace> idle = new ArrayBlockingQueue<>(POOLED_WORKSPACES);

  DeepCtrModel(DeepWeights weights) {
    this.w = weights;
    this.dim = weights.dim();
    this.width = weights.inputWidth();
    this.rowMask = weights.rows() - 1;
    this.dcn = weights.options().architecture() == DeepArchitecture.DCNV2;
    this.mlpOffsets = offsets(weights.mlp());
    this.crossOffsets = offsets(weights.cross());
  }

  private static int[][] offsets(Dense[] layers) {
    int[][] out = new int[layers.length][];
    for (int l = 0; l < layers.length; l++) {
      out[l] = layers[l].rowOffsets();
    }
    return out;
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
    double[] out = new double[1];
    score(features, List.of(Features.empty()), out);
    return out[0];
  }

  @Override
  public void score(Features shared, List<Features> candidates, double[] out) {
    CtrModel.checkOut(candidates, out);
    Request request = prepare(shared);
    if (candidates.isEmpty()) {
      return;
    }
    Workspace ws = idle.poll();
    if (ws == null) {
      ws = new Workspace();
    }
    try {
      score(request, candidates, ws, out);
    } finally {
      ws.release();
      idle.offer(ws);
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

  /**
   * The buffers of one batch, grown to the largest batch seen. Row {@code c} of {@code pooled}
   * holds candidate {@code c}'s pooled embeddings of the touched fields only ({@code columns * dim}
   * floats).
   */
  private final class Workspace {
    final int[] columnOf = new int[w.fields()];
    final int[] touched = new int[w.fields()];
    final int[] pooledOffsets = new int[width];
    final float[] fmSums = new float[dim];
    float[] pooled = new float[0];
    float[] first = new float[0];
    final float[][] hidden = new float[w.mlp().length][];
    float[] x0;
    float[] xl;
    float[] t;
    int capacity;
    int columns;

    Workspace() {
      Arrays.fill(columnOf, -1);
    }

    /** Forgets the touched fields, also after a call that failed half-way. */
    void release() {
      for (int k = 0; k < columns; k++) {
        columnOf[touched[k]] = -1;
      }
      columns = 0;
    }

    void ensure(int candidates) {
      if (candidates <= capacity) {
        return;
      }
      capacity = Math.max(candidates, 2 * capacity);
      pooled = new float[capacity * width];
      first = new float[capacity];
      for (int l = 0; l < hidden.length; l++) {
        hidden[l] = new float[capacity * w.mlp()[l].out()];
      }
      if (dcn) {
        x0 = new float[capacity * width];
        xl = new float[capacity * width];
        t = new float[capacity * width];
      }
    }
  }

  private Request prepare(Features shared) {
    Request r = new Request();
    r.first = w.bias()[0];
    float[] table = w.table();
    for (int i = 0; i < shared.size(); i++) {
      int f = checkedField(shared.field(i));
      int row = shared.index(i) & rowMask;
      float v = shared.value(i);
      r.first += v * w.linear()[row];
      for (int d = 0; d < dim; d++) {
        r.x0[f * dim + d] += v * table[row * dim + d];
      }
    }
    for (int f = 0; f < w.fields(); f++) {
      float sq = 0;
      for (int d = f * dim; d < (f + 1) * dim; d++) {
        sq += r.x0[d] * r.x0[d];
        r.fmSums[d - f * dim] += r.x0[d];
      }
      r.fieldSquares[f] = sq;
      r.fmSquares += sq;
    }
    Dense first = w.mlp()[0];
    first.fillBias(r.hidden0, 1);
    first.accumulate(r.x0, width, 1, mlpOffsets[0], width, r.hidden0);
    if (dcn) {
      Dense cross = w.cross()[0];
      cross.fillBias(r.cross0, 1);
      cross.accumulate(r.x0, width, 1, crossOffsets[0], width, r.cross0);
    }
    return r;
  }

  private int checkedField(int f) {
    if (f >= w.fields()) {
      throw new IllegalArgumentException(
          "field id out of range; field=" + f + ", fields=" + w.fields());
    }
    return f;
  }

  private void score(Request r, List<Features> candidates, Workspace ws, double[] out) {
    int n = candidates.size();
    ws.ensure(n);
    int columns = touchedFields(candidates, ws);
    int depth = columns * dim;
    pool(r, candidates, ws, depth);
    float[] h = hidden(r, ws, n, depth);
    if (dcn) {
      crossOutput(r, ws, n, depth, h, out);
    } else {
      Dense o = w.output();
      DenseKernel kernel = DenseKernel.get();
      for (int c = 0; c < n; c++) {
        float z = ws.first[c] + fm(r, ws, c, columns, depth) + o.bias()[0];
        out[c] = sigmoid(z + kernel.dot(h, c * o.in(), o.weights(), 0, o.in()));
      }
    }
  }

  /**
   * Numbers the fields any candidate touches ({@code ws.columnOf}, {@code ws.touched}) and returns
   * how many there are.
   */
  private int touchedFields(List<Features> candidates, Workspace ws) {
    for (Features x : candidates) {
      for (int i = 0; i < x.size(); i++) {
        int f = checkedField(x.field(i));
        if (ws.columnOf[f] < 0) {
          ws.columnOf[f] = ws.columns;
          ws.touched[ws.columns++] = f;
        }
      }
    }
    return ws.columns;
  }

  /** Pools each candidate's embeddings into its row of {@code ws.pooled}; first-order sums too. */
  private void pool(Request r, List<Features> candidates, Workspace ws, int depth) {
    float[] table = w.table();
    float[] pooled = ws.pooled;
    Arrays.fill(pooled, 0, candidates.size() * depth, 0f);
    for (int c = 0; c < candidates.size(); c++) {
      Features x = candidates.get(c);
      float first = r.first;
      for (int i = 0; i < x.size(); i++) {
        int row = x.index(i) & rowMask;
        float v = x.value(i);
        first += v * w.linear()[row];
        int dst = c * depth + ws.columnOf[x.field(i)] * dim;
        int src = row * dim;
        for (int d = 0; d < dim; d++) {
          pooled[dst + d] += v * table[src + d];
        }
      }
      ws.first[c] = first;
    }
  }

  /**
   * The last hidden layer of every candidate, {@code n} rows; the MLP of the shared part + each.
   */
  private float[] hidden(Request r, Workspace ws, int n, int depth) {
    Dense[] mlp = w.mlp();
    int out0 = mlp[0].out();
    float[] h = ws.hidden[0];
    for (int c = 0; c < n; c++) {
      System.arraycopy(r.hidden0, 0, h, c * out0, out0);
    }
    int[] rows = touchedRows(ws, depth, out0);
    mlp[0].accumulate(ws.pooled, depth, n, rows, depth, h);
    relu(h, n * out0);
    for (int l = 1; l < mlp.length; l++) {
      float[] next = ws.hidden[l];
      mlp[l].fillBias(next, n);
      mlp[l].accumulate(h, mlp[l].in(), n, mlpOffsets[l], mlp[l].in(), next);
      h = next;
      relu(h, n * mlp[l].out());
    }
    return h;
  }

  /** The weight row offsets, in a layer of {@code out} outputs over x0, of the touched columns. */
  private int[] touchedRows(Workspace ws, int depth, int out) {
    int[] rows = ws.pooledOffsets;
    for (int k = 0; k < depth; k++) {
      rows[k] = (ws.touched[k / dim] * dim + k % dim) * out;
    }
    return rows;
  }

  private float fm(Request r, Workspace ws, int c, int columns, int depth) {
    float[] pooled = ws.pooled;
    float[] sums = ws.fmSums;
    System.arraycopy(r.fmSums, 0, sums, 0, dim);
    float squares = r.fmSquares;
    for (int k = 0; k < columns; k++) {
      int f = ws.touched[k];
      int from = c * depth + k * dim;
      float sq = 0;
      for (int d = 0; d < dim; d++) {
        float p = pooled[from + d];
        sums[d] += p;
        float e = r.x0[f * dim + d] + p;
        sq += e * e;
      }
      squares += sq - r.fieldSquares[f];
    }
    float total = 0;
    for (int d = 0; d < dim; d++) {
      total += sums[d] * sums[d];
    }
    return 0.5f * (total - squares);
  }

  private void crossOutput(Request r, Workspace ws, int n, int depth, float[] h, double[] out) {
    Dense[] cross = w.cross();
    float[] x0 = ws.x0;
    float[] xl = ws.xl;
    float[] t = ws.t;
    for (int c = 0; c < n; c++) {
      System.arraycopy(r.x0, 0, x0, c * width, width);
      System.arraycopy(r.cross0, 0, t, c * width, width);
      for (int k = 0; k < depth; k++) {
        x0[c * width + ws.touched[k / dim] * dim + k % dim] += ws.pooled[c * depth + k];
      }
    }
    cross[0].accumulate(ws.pooled, depth, n, touchedRows(ws, depth, width), depth, t);
    for (int i = 0; i < n * width; i++) {
      xl[i] = x0[i] * t[i] + x0[i];
    }
    for (int l = 1; l < cross.length; l++) {
      cross[l].fillBias(t, n);
      cross[l].accumulate(xl, width, n, crossOffsets[l], width, t);
      for (int i = 0; i < n * width; i++) {
        xl[i] = x0[i] * t[i] + xl[i];
      }
    }
    Dense o = w.output();
    DenseKernel kernel = DenseKernel.get();
    int last = o.in() - width;
    for (int c = 0; c < n; c++) {
      float z = ws.first[c] + o.bias()[0] + kernel.dot(xl, c * width, o.weights(), 0, width);
      out[c] = sigmoid(z + kernel.dot(h, c * last, o.weights(), width, last));
    }
  }

  /** The logistic function, clamped as the other Aimpoint models clamp it. */
  static double sigmoid(double z) {
    double x = Math.max(-35, Math.min(35, z));
    return 1 / (1 + Math.exp(-x));
  }

  private static void relu(float[] h, int length) {
    for (int j = 0; j < length; j++) {
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
