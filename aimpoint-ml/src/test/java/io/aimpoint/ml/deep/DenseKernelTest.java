package io.aimpoint.ml.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenseKernelTest {

  @Test
  void the_vector_kernel_is_used_when_the_jvm_has_the_incubator_module() {
    // the build starts test JVMs with --add-modules jdk.incubator.vector, as the launcher does
    assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
    assertThat(DenseKernel.get().name()).startsWith("vector-");
  }

  @Test
  void the_vector_and_scalar_kernels_agree_for_every_shape() {
    SplittableRandom random = new SplittableRandom(3);
    // rows below, at and past the four-row tiles; outputs below, at and past the vector tiles
    for (int rows : new int[] {1, 3, 4, 5, 9}) {
      for (int out : new int[] {1, 7, 16, 33, 128, 250}) {
        for (int depth : new int[] {0, 1, 12}) {
          int in = depth + 3;
          float[] w = gaussians(in * out, random);
          int[] offsets = new int[depth];
          for (int k = 0; k < depth; k++) {
            offsets[k] = random.nextInt(in) * out; // a subset of the inputs, in any order
          }
          int aStride = depth + 2;
          float[] a = gaussians(rows * aStride, random);
          a[0] = 0f; // zeros are skipped by some paths and must not change the result
          float[] c = gaussians(rows * out, random);
          float[] scalar = c.clone();
          float[] vector = c.clone();
          DenseKernel.SCALAR.gemm(a, aStride, rows, offsets, depth, w, scalar, out, out);
          DenseKernel.get().gemm(a, aStride, rows, offsets, depth, w, vector, out, out);
          float[] expected = c.clone();
          for (int r = 0; r < rows; r++) {
            for (int j = 0; j < out; j++) {
              for (int k = 0; k < depth; k++) {
                expected[r * out + j] += a[r * aStride + k] * w[offsets[k] + j];
              }
            }
          }
          for (int i = 0; i < expected.length; i++) {
            String shape = "rows=" + rows + ", out=" + out + ", depth=" + depth + ", i=" + i;
            assertThat(scalar[i]).as(shape).isCloseTo(expected[i], within(1e-4f));
            assertThat(vector[i]).as(shape).isCloseTo(expected[i], within(1e-4f));
          }
        }
      }
    }
  }

  @Test
  void the_vector_and_scalar_dot_products_agree_for_every_length() {
    SplittableRandom random = new SplittableRandom(5);
    for (int n : new int[] {0, 1, 7, 16, 33, 128, 250}) {
      float[] a = gaussians(n + 3, random);
      float[] b = gaussians(n + 1, random);
      double expected = 0;
      for (int i = 0; i < n; i++) {
        expected += (double) a[3 + i] * b[1 + i];
      }
      assertThat(DenseKernel.SCALAR.dot(a, 3, b, 1, n)).isCloseTo((float) expected, within(1e-3f));
      assertThat(DenseKernel.get().dot(a, 3, b, 1, n)).isCloseTo((float) expected, within(1e-3f));
    }
  }

  private static float[] gaussians(int n, SplittableRandom random) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) random.nextGaussian();
    }
    return x;
  }
}
