package io.aimpoint.ml.deep;

/**
 * The inner loop of every dense layer, for a batch of input rows at once: {@code c[r][j] += sum_k
 * a[r][k] * w[offsets[k] + j]}, where {@code offsets[k]} is the start of the weight row of the
 * {@code k}-th input taking part (so a layer can be applied to a subset of its inputs, such as the
 * fields a candidate touches). Two implementations: {@link VectorDenseKernel} on the Vector API
 * ({@code jdk.incubator.vector}), used when the JVM was started with {@code --add-modules
 * jdk.incubator.vector}, and a plain loop otherwise. C2 does not vectorize the plain loop (it
 * cannot rule out that {@code c} and {@code w} are the same array); the vector kernel also keeps a
 * tile of several rows' outputs in registers across all inputs, so each weight row read from cache
 * serves several candidates. Results differ only by the rounding of fused multiply-adds and of the
 * order of the sums.
 */
abstract class DenseKernel {
  /** The kernel this JVM uses. */
  static DenseKernel get() {
    return SELECTED;
  }

  /**
   * {@code c[r * cStride + j] += sum_{k < depth} a[r * aStride + k] * w[offsets[k] + j]} for {@code
   * r < rows}, {@code j < out}.
   */
  abstract void gemm(
      float[] a,
      int aStride,
      int rows,
      int[] offsets,
      int depth,
      float[] w,
      float[] c,
      int cStride,
      int out);

  /** {@code sum_{i < n} a[aFrom + i] * b[bFrom + i]}. */
  abstract float dot(float[] a, int aFrom, float[] b, int bFrom, int n);

  /** A short name for logs and benchmark reports. */
  abstract String name();

  /** The plain-Java loop. */
  static final DenseKernel SCALAR =
      new DenseKernel() {
        @Override
        void gemm(
            float[] a,
            int aStride,
            int rows,
            int[] offsets,
            int depth,
            float[] w,
            float[] c,
            int cStride,
            int out) {
          for (int r = 0; r < rows; r++) {
            int cr = r * cStride;
            for (int k = 0; k < depth; k++) {
              float x = a[r * aStride + k];
              if (x == 0f) {
                continue;
              }
              int o = offsets[k];
              for (int j = 0; j < out; j++) {
                c[cr + j] += x * w[o + j];
              }
            }
          }
        }

        @Override
        float dot(float[] a, int aFrom, float[] b, int bFrom, int n) {
          float z = 0;
          for (int i = 0; i < n; i++) {
            z += a[aFrom + i] * b[bFrom + i];
          }
          return z;
        }

        @Override
        String name() {
          return "scalar";
        }
      };

  // after SCALAR: static fields initialize in textual order, and select() may return SCALAR
  private static final DenseKernel SELECTED = select();

  private static DenseKernel select() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return SCALAR;
    }
    try {
      // by name, so that this class links without the incubator module
      return (DenseKernel)
          Class.forName("io.aimpoint.ml.deep.VectorDenseKernel")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return SCALAR;
    }
  }
}
