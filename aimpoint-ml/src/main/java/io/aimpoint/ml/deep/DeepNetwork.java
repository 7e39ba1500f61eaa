package io.aimpoint.ml.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trainable DJL form of {@link DeepWeights}: the same weights as NDArrays that record
 * gradients, and the forward pass as NDArray operations. It mirrors {@link DeepCtrModel}'s
 * arithmetic exactly (a parity test holds them together).
 *
 * <p>Results of operations on a weight are attached to the batch's manager at once, so that closing
 * the batch frees every intermediate tensor; without that they would pile up in the weights'
 * manager (native memory leak).
 */
final class DeepNetwork {
  /** Weights that get the embedding L2 (weight decay), by name prefix. */
  static final String EMBEDDING_PREFIX = "embedding.";

  private final DeepWeights shape;
  private final Map<String, NDArray> weights = new LinkedHashMap<>();
  private final NDArray table;
  private final NDArray linear;
  private final NDArray bias;
  private final List<NDArray[]> mlp = new ArrayList<>();
  private final List<NDArray[]> cross = new ArrayList<>();
  private final NDArray[] output;

  /** Copies {@code initial} into arrays of {@code manager}. */
  DeepNetwork(NDManager manager, DeepWeights initial) {
    this.shape = initial;
    int dim = initial.dim();
    table =
        add(manager, EMBEDDING_PREFIX + "table", initial.table(), new Shape(initial.rows(), dim));
    linear =
        add(manager, EMBEDDING_PREFIX + "linear", initial.linear(), new Shape(initial.rows(), 1));
    bias = add(manager, "bias", initial.bias(), new Shape(1));
    for (int l = 0; l < initial.mlp().length; l++) {
      mlp.add(add(manager, "mlp" + l, initial.mlp()[l]));
    }
    for (int l = 0; l < initial.cross().length; l++) {
      cross.add(add(manager, "cross" + l, initial.cross()[l]));
    }
    output = add(manager, "output", initial.output());
  }

  private NDArray add(NDManager manager, String name, float[] values, Shape s) {
    NDArray a = manager.create(values, s);
    a.setRequiresGradient(true);
    weights.put(name, a);
    return a;
  }

  private NDArray[] add(NDManager manager, String name, Dense d) {
    return new NDArray[] {
      add(manager, name + ".weight", d.weights(), new Shape(d.in(), d.out())),
      add(manager, name + ".bias", d.bias(), new Shape(d.out()))
    };
  }

  /** The trainable weights by name. */
  Map<String, NDArray> weights() {
    return weights;
  }

  /** The logits of a batch, shape {@code (batch)}, owned by {@code manager}. */
  NDArray forward(NDManager manager, DeepBatch batch) {
    int n = batch.size();
    int dim = shape.dim();
    NDArray embeddings = table.gather(batch.rows(), 0);
    embeddings.attach(manager);
    long m = batch.values().getShape().get(1);
    NDArray pooled = batch.pooling().batchMatMul(embeddings.reshape(n, m, dim)); // (n, F, dim)
    NDArray firstWeights = linear.gather(batch.linearRows(), 0);
    firstWeights.attach(manager);
    NDArray logit = batch.values().mul(firstWeights.reshape(n, m)).sum(new int[] {1}).add(bias);
    NDArray x0 = pooled.reshape(n, shape.inputWidth());
    NDArray h = x0;
    for (NDArray[] layer : mlp) {
      h = h.matMul(layer[0]).add(layer[1]).maximum(0f);
    }
    if (shape.options().architecture() == DeepArchitecture.DCNV2) {
      NDArray x = x0;
      for (NDArray[] layer : cross) {
        x = x0.mul(x.matMul(layer[0]).add(layer[1])).add(x);
      }
      h = x.concat(h, 1);
    } else {
      NDArray sums = pooled.sum(new int[] {1});
      NDArray fm = sums.square().sub(pooled.square().sum(new int[] {1})).sum(new int[] {1});
      logit = logit.add(fm.mul(0.5f));
    }
    NDArray out = h.matMul(output[0]).add(output[1]).reshape(n);
    return logit.add(out);
  }

  /** A copy of the current weights, for serving in Java. */
  DeepWeights export() {
    Dense[] mlpOut = new Dense[mlp.size()];
    for (int l = 0; l < mlpOut.length; l++) {
      mlpOut[l] = dense(mlp.get(l));
    }
    Dense[] crossOut = new Dense[cross.size()];
    for (int l = 0; l < crossOut.length; l++) {
      crossOut[l] = dense(cross.get(l));
    }
    return new DeepWeights(
        shape.options(),
        shape.fields(),
        shape.rows(),
        table.toFloatArray(),
        linear.toFloatArray(),
        bias.toFloatArray(),
        mlpOut,
        crossOut,
        dense(output));
  }

  private static Dense dense(NDArray[] layer) {
    Shape s = layer[0].getShape();
    return new Dense(
        (int) s.get(0), (int) s.get(1), layer[0].toFloatArray(), layer[1].toFloatArray());
  }
}
