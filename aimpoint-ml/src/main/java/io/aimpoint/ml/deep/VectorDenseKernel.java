package io.aimpoint.ml.deep;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DenseKernel} on the Vector API. Rows are taken four at a time and outputs four vectors at
 * a time: the 4 x 4 accumulators stay in registers while every input's weight row segment is loaded
 * once and used by four rows (fused multiply-adds). Outputs past the last whole tile, and rows left
 * over from the groups of four, go through one-row loops that skip zero inputs (ReLU zeros of a
 * single request).
 */
final class VectorDenseKernel extends DenseKernel {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int L = SPECIES.length();

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
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      fourRows(a, r * aStride, aStride, offsets, depth, w, c, r * cStride, cStride, out);
    }
    for (; r < rows; r++) {
      oneRow(a, r * aStride, offsets, depth, w, c, r * cStride, out);
    }
  }

  private static void fourRows(
      float[] a,
      int a0,
      int aStride,
      int[] offsets,
      int depth,
      float[] w,
      float[] c,
      int c0,
      int cStride,
      int out) {
    int a1 = a0 + aStride;
    int a2 = a1 + aStride;
    int a3 = a2 + aStride;
    int c1 = c0 + cStride;
    int c2 = c1 + cStride;
    int c3 = c2 + cStride;
    int j = 0;
    for (; j + 4 * L <= out; j += 4 * L) {
      FloatVector y00 = FloatVector.fromArray(SPECIES, c, c0 + j);
      FloatVector y01 = FloatVector.fromArray(SPECIES, c, c0 + j + L);
      FloatVector y02 = FloatVector.fromArray(SPECIES, c, c0 + j + 2 * L);
      FloatVector y03 = FloatVector.fromArray(SPECIES, c, c0 + j + 3 * L);
      FloatVector y10 = FloatVector.fromArray(SPECIES, c, c1 + j);
      FloatVector y11 = FloatVector.fromArray(SPECIES, c, c1 + j + L);
      FloatVector y12 = FloatVector.fromArray(SPECIES, c, c1 + j + 2 * L);
      FloatVector y13 = FloatVector.fromArray(SPECIES, c, c1 + j + 3 * L);
      FloatVector y20 = FloatVector.fromArray(SPECIES, c, c2 + j);
      FloatVector y21 = FloatVector.fromArray(SPECIES, c, c2 + j + L);
      FloatVector y22 = FloatVector.fromArray(SPECIES, c, c2 + j + 2 * L);
      FloatVector y23 = FloatVector.fromArray(SPECIES, c, c2 + j + 3 * L);
      FloatVector y30 = FloatVector.fromArray(SPECIES, c, c3 + j);
      FloatVector y31 = FloatVector.fromArray(SPECIES, c, c3 + j + L);
      FloatVector y32 = FloatVector.fromArray(SPECIES, c, c3 + j + 2 * L);
      FloatVector y33 = FloatVector.fromArray(SPECIES, c, c3 + j + 3 * L);
      for (int k = 0; k < depth; k++) {
        int o = offsets[k] + j;
        FloatVector w0 = FloatVector.fromArray(SPECIES, w, o);
        FloatVector w1 = FloatVector.fromArray(SPECIES, w, o + L);
        FloatVector w2 = FloatVector.fromArray(SPECIES, w, o + 2 * L);
        FloatVector w3 = FloatVector.fromArray(SPECIES, w, o + 3 * L);
        FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + k]);
        y00 = w0.fma(x0, y00);
        y01 = w1.fma(x0, y01);
        y02 = w2.fma(x0, y02);
        y03 = w3.fma(x0, y03);
        FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + k]);
        y10 = w0.fma(x1, y10);
        y11 = w1.fma(x1, y11);
        y12 = w2.fma(x1, y12);
        y13 = w3.fma(x1, y13);
        FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + k]);
        y20 = w0.fma(x2, y20);
        y21 = w1.fma(x2, y21);
        y22 = w2.fma(x2, y22);
        y23 = w3.fma(x2, y23);
        FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + k]);
        y30 = w0.fma(x3, y30);
        y31 = w1.fma(x3, y31);
        y32 = w2.fma(x3, y32);
        y33 = w3.fma(x3, y33);
      }
      y00.intoArray(c, c0 + j);
      y01.intoArray(c, c0 + j + L);
      y02.intoArray(c, c0 + j + 2 * L);
      y03.intoArray(c, c0 + j + 3 * L);
      y10.intoArray(c, c1 + j);
      y11.intoArray(c, c1 + j + L);
      y12.intoArray(c, c1 + j + 2 * L);
      y13.intoArray(c, c1 + j + 3 * L);
      y20.intoArray(c, c2 + j);
      y21.intoArray(c, c2 + j + L);
      y22.intoArray(c, c2 + j + 2 * L);
      y23.intoArray(c, c2 + j + 3 * L);
      y30.intoArray(c, c3 + j);
      y31.intoArray(c, c3 + j + L);
      y32.intoArray(c, c3 + j + 2 * L);
      y33.intoArray(c, c3 + j + 3 * L);
    }
    if (j < out) {
      for (int row = 0; row < 4; row++) {
        tail(a, a0 + row * aStride, offsets, depth, w, c, c0 + row * cStride, j, out);
      }
    }
  }

  private static void oneRow(
      float[] a, int ar, int[] offsets, int depth, float[] w, float[] c, int cr, int out) {
    int j = 0;
    for (; j + 2 * L <= out; j += 2 * L) {
      FloatVector y0 = FloatVector.fromArray(SPECIES, c, cr + j);
      FloatVector y1 = FloatVector.fromArray(SPECIES, c, cr + j + L);
      for (int k = 0; k < depth; k++) {
        float x = a[ar + k];
        if (x != 0f) {
          int o = offsets[k] + j;
          FloatVector xv = FloatVector.broadcast(SPECIES, x);
          y0 = FloatVector.fromArray(SPECIES, w, o).fma(xv, y0);
          y1 = FloatVector.fromArray(SPECIES, w, o + L).fma(xv, y1);
        }
      }
      y0.intoArray(c, cr + j);
      y1.intoArray(c, cr + j + L);
    }
    if (j < out) {
      tail(a, ar, offsets, depth, w, c, cr, j, out);
    }
  }

  /** Outputs {@code [from, out)} of one row: one vector at a time, then scalars. */
  private static void tail(
      float[] a,
      int ar,
      int[] offsets,
      int depth,
      float[] w,
      float[] c,
      int cr,
      int from,
      int out) {
    int j = from;
    for (; j + L <= out; j += L) {
      FloatVector y = FloatVector.fromArray(SPECIES, c, cr + j);
      for (int k = 0; k < depth; k++) {
        float x = a[ar + k];
        if (x != 0f) {
          y =
              FloatVector.fromArray(SPECIES, w, offsets[k] + j)
                  .fma(FloatVector.broadcast(SPECIES, x), y);
        }
      }
      y.intoArray(c, cr + j);
    }
    for (; j < out; j++) {
      float y = c[cr + j];
      for (int k = 0; k < depth; k++) {
        y = Math.fma(a[ar + k], w[offsets[k] + j], y);
      }
      c[cr + j] = y;
    }
  }

  @Override
  float dot(float[] a, int aFrom, float[] b, int bFrom, int n) {
    FloatVector sum = FloatVector.zero(SPECIES);
    int i = 0;
    for (; i + L <= n; i += L) {
      sum =
          FloatVector.fromArray(SPECIES, a, aFrom + i)
              .fma(FloatVector.fromArray(SPECIES, b, bFrom + i), sum);
    }
    // Lanes summed in a fixed order: reduceLanes(ADD) may order the additions differently when
    // compiled than when interpreted, and a model must score the same input the same way always.
    float z = 0;
    for (float lane : sum.toArray()) {
      z += lane;
    }
    for (; i < n; i++) {
      z = Math.fma(a[aFrom + i], b[bFrom + i], z);
    }
    return z;
  }

  @Override
  String name() {
    return "vector-" + SPECIES.vectorBitSize();
  }
}
