package io.aimpoint.ml.deep;

/**
 * The inner loop of every dense layer: {@code y += a * w[row .. row + y.length)}. Two
 * implementations: {@link VectorDenseKernel} on the Vector API ({@code jdk.incubator.vector}), used
 * when the JVM was started with {@code --add-modules jdk.incubator.vector}, and a plain loop
 * otherwise. C2 does not vectorize the plain loop (it cannot rule out that {@code y} and {@code w}
 * are the same array), so the Vector API is ~3.5× faster here (measured: 11 vs 3 GMAC/s for a
 * 256×128 layer on the AVX-512 machine of docs/benchmarks.md); results differ only by the rounding
 * of fused multiply-adds.
 */
abstract class DenseKernel {
  /** The kernel this JVM uses. */
  static DenseKernel get() {
    return SELECTED;
  }

  /** {@code y[j] += a * w[row + j]} for {@code j < n}. */
  abstract void axpy(float a, float[] w, int row, float[] y, int n);

  /** A short name for logs and benchmark reports. */
  abstract String name();

  /** The plain-Java loop. */
  static final DenseKernel SCALAR =
      new DenseKernel() {
        @Override
        void axpy(float a, float[] w, int row, float[] y, int n) {
          for (int j = 0; j < n; j++) {
            y[j] += a * w[row + j];
          }
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
