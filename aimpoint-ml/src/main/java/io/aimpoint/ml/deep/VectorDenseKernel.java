package io.aimpoint.ml.deep;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link DenseKernel} on the Vector API: fused multiply-adds over the widest float vectors. */
final class VectorDenseKernel extends DenseKernel {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

  @Override
  void axpy(float a, float[] w, int row, float[] y, int n) {
    FloatVector av = FloatVector.broadcast(SPECIES, a);
    int j = 0;
    for (int bound = SPECIES.loopBound(n); j < bound; j += SPECIES.length()) {
      FloatVector yv = FloatVector.fromArray(SPECIES, y, j);
      av.fma(FloatVector.fromArray(SPECIES, w, row + j), yv).intoArray(y, j);
    }
    for (; j < n; j++) {
      y[j] = Math.fma(a, w[row + j], y[j]);
    }
  }

  @Override
  String name() {
    return "vector-" + SPECIES.vectorBitSize();
  }
}
