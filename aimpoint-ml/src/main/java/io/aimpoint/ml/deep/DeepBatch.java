package io.aimpoint.ml.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aimpoint.ml.data.Features;
import java.util.List;

/**
 * A mini-batch of feature vectors as the DJL network's input tensors, padded to the batch's largest
 * vector ({@code m} slots per example; padding has value 0 and so contributes nothing).
 *
 * @param rows for each slot, its table row repeated {@code dim} times, {@code (batch * m, dim)}
 *     int64: the index of a {@code gather} along the table's rows
 * @param linearRows each slot's row, {@code (batch * m, 1)} int64
 * @param values each slot's value, {@code (batch, m)}
 * @param pooling {@code (batch, fields, m)}: the slot's value at its field, else 0; multiplying it
 *     by the slots' embeddings sums them per field
 */
record DeepBatch(NDArray rows, NDArray linearRows, NDArray values, NDArray pooling, int size) {

  /** Encodes {@code xs} into arrays owned by {@code manager}. */
  static DeepBatch encode(NDManager manager, List<Features> xs, DeepWeights shape) {
    int n = xs.size();
    int m = 1;
    for (Features x : xs) {
      m = Math.max(m, x.size());
    }
    int dim = shape.dim();
    int fields = shape.fields();
    int mask = shape.rows() - 1;
    long[] rows = new long[n * m * dim];
    long[] linearRows = new long[n * m];
    float[] values = new float[n * m];
    float[] pooling = new float[n * fields * m];
    for (int b = 0; b < n; b++) {
      Features x = xs.get(b);
      for (int i = 0; i < x.size(); i++) {
        int f = x.field(i);
        if (f >= fields) {
          throw new IllegalArgumentException(
              "field id out of range; field=" + f + ", fields=" + fields);
        }
        int slot = b * m + i;
        long row = x.index(i) & mask;
        for (int d = 0; d < dim; d++) {
          rows[slot * dim + d] = row;
        }
        linearRows[slot] = row;
        values[slot] = x.value(i);
        pooling[(b * fields + f) * m + i] = x.value(i);
      }
    }
    return new DeepBatch(
        manager.create(rows, new Shape((long) n * m, dim)),
        manager.create(linearRows, new Shape((long) n * m, 1)),
        manager.create(values, new Shape(n, m)),
        manager.create(pooling, new Shape(n, fields, m)),
        n);
  }
}
