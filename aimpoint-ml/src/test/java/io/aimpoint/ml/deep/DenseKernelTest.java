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
  void the_vector_and_scalar_kernels_agree_for_every_length() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n : new int[] {1, 7, 16, 33, 128, 250}) {
      float[] w = new float[n + 5];
      float[] y = new float[n];
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) random.nextGaussian();
      }
      for (int j = 0; j < n; j++) {
        y[j] = (float) random.nextGaussian();
      }
      float[] scalar = y.clone();
      float[] vector = y.clone();
      DenseKernel.SCALAR.axpy(0.75f, w, 5, scalar, n);
      DenseKernel.get().axpy(0.75f, w, 5, vector, n);
      for (int j = 0; j < n; j++) {
        assertThat(vector[j]).as("n=%d, j=%d", n, j).isCloseTo(scalar[j], within(1e-5f));
      }
    }
  }
}
