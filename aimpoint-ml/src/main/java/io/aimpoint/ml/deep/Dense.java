package io.aimpoint.ml.deep;

/**
 * A fully connected layer {@code y = x W + b}, its weights stored input-major ({@code weights[i *
 * out + j]} connects input {@code i} to output {@code j}), the layout of a PyTorch {@code (in,
 * out)} matrix. Input-major makes the product a sequence of {@code y += x_i * W_i} row updates
 * ({@link DenseKernel}), and zero inputs (ReLU) are skipped for free.
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

  /** {@code y += x_i * W_i} for the inputs {@code [from, to)} of {@code x}. */
  void accumulate(float[] x, int from, int to, float[] y) {
    DenseKernel kernel = DenseKernel.get();
    for (int i = from; i < to; i++) {
      float a = x[i];
      if (a != 0f) {
        kernel.axpy(a, weights, i * out, y, out);
      }
    }
  }

  /** {@code y = b + x W}. */
  void apply(float[] x, float[] y) {
    System.arraycopy(bias, 0, y, 0, out);
    accumulate(x, 0, in, y);
  }
}
