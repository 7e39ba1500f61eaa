package io.aimpoint.ml.deep;

/**
 * A fully connected layer {@code y = x W + b}, its weights stored input-major ({@code weights[i *
 * out + j]} connects input {@code i} to output {@code j}), the layout of a PyTorch {@code (in,
 * out)} matrix. Input-major makes the product a sum of scaled weight rows ({@link DenseKernel}), so
 * a product over a subset of the inputs (the fields a candidate touches) costs only those rows.
 */
record Dense(int in, int out, float[] weights, float[] bias) {

  Dense {
    if (in < 1 || out < 1 || weights.length != in * out || bias.length != out) {
      throw new IllegalArgumentException(
          "dense shape mismatch; in="
              + in
              + ", out="
              + out
              + ", weights="
              + weights.length
              + ", bias="
              + bias.length);
    }
  }

  /** The start of every input's weight row, for products over all inputs. */
  int[] rowOffsets() {
    int[] offsets = new int[in];
    for (int i = 0; i < in; i++) {
      offsets[i] = i * out;
    }
    return offsets;
  }

  /**
   * {@code y[r] += x[r] W} over the inputs whose weight rows start at {@code offsets[0..depth)}:
   * row {@code r} of {@code x} holds those inputs' values at {@code r * xStride}, row {@code r} of
   * {@code y} starts at {@code r * out}.
   */
  void accumulate(float[] x, int xStride, int rows, int[] offsets, int depth, float[] y) {
    DenseKernel.get().gemm(x, xStride, rows, offsets, depth, weights, y, out, out);
  }

  /**
   * Sets each of the first {@code rows} rows of {@code y} ({@code out} floats each) to the bias.
   */
  void fillBias(float[] y, int rows) {
    for (int r = 0; r < rows; r++) {
      System.arraycopy(bias, 0, y, r * out, out);
    }
  }
}
