package io.aimpoint.ml.deep;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.model.BatchLearner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains a DeepFM or DCN-V2 network with DJL on PyTorch (CPU): Adam on the mean log-loss of each
 * mini-batch, the embeddings and first-order weights with an optional L2 (weight decay). The
 * initial weights are drawn in Java from the options' seed ({@link DeepWeights#initial}), so the
 * same seed and the same batches give the same model.
 *
 * <p>Each batch's tensors live in a manager of their own, closed after the step; the weights and
 * Adam's moments live in the learner's manager, closed by {@link #close()}.
 */
public final class DjlDeepLearner implements BatchLearner {
  private final DeepOptions options;
  private final NDManager manager;
  private final DeepNetwork network;
  private final DeepWeights shape;
  private final Optimizer embeddingOptimizer;
  private final Optimizer denseOptimizer;

  /** A learner for {@code fields} fields over a feature space of {@code 2^bits} slots. */
  public DjlDeepLearner(DeepOptions options, int fields, int bits) {
    this.options = options;
    this.shape = DeepWeights.initial(options, fields, bits);
    this.manager = PyTorchRuntime.engine().newBaseManager();
    this.network = new DeepNetwork(manager, shape);
    Tracker rate = Tracker.fixed((float) options.learningRate());
    this.embeddingOptimizer =
        Optimizer.adam()
            .optLearningRateTracker(rate)
            .optWeightDecays((float) options.embeddingL2())
            .build();
    this.denseOptimizer = Optimizer.adam().optLearningRateTracker(rate).build();
  }

  public DeepOptions options() {
    return options;
  }

  @Override
  public int batchSize() {
    return options.batchSize();
  }

  @Override
  public double[] learn(List<Example> batch) {
    if (batch.isEmpty()) {
      return new double[0];
    }
    List<Features> xs = new ArrayList<>(batch.size());
    float[] labels = new float[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      xs.add(batch.get(i).features());
      labels[i] = batch.get(i).label();
    }
    float[] logits;
    try (NDManager step = manager.newSubManager()) {
      DeepBatch input = DeepBatch.encode(step, xs, shape);
      NDArray y = step.create(labels);
      try (GradientCollector collector = PyTorchRuntime.engine().newGradientCollector()) {
        NDArray z = network.forward(step, input);
        logits = z.toFloatArray();
        collector.backward(logLoss(z, y));
      }
      update(step);
    }
    return probabilities(logits);
  }

  /** Mean log-loss from logits: {@code max(z, 0) - z y + log(1 + e^-|z|)}, stable for any z. */
  private static NDArray logLoss(NDArray z, NDArray y) {
    return z.maximum(0f).sub(z.mul(y)).add(z.abs().neg().exp().add(1f).log()).mean();
  }

  private void update(NDManager step) {
    for (Map.Entry<String, NDArray> e : network.weights().entrySet()) {
      NDArray weight = e.getValue();
      NDArray gradient = weight.getGradient();
      gradient.attach(step);
      Optimizer optimizer =
          e.getKey().startsWith(DeepNetwork.EMBEDDING_PREFIX) ? embeddingOptimizer : denseOptimizer;
      optimizer.update(e.getKey(), weight, gradient);
      gradient.muli(0f); // PyTorch accumulates gradients: clear them for the next step
    }
  }

  /** DJL's probabilities for {@code xs} (inference, no gradients); for checking the Java model. */
  double[] predict(List<Features> xs) {
    try (NDManager step = manager.newSubManager()) {
      return probabilities(network.forward(step, DeepBatch.encode(step, xs, shape)).toFloatArray());
    }
  }

  private static double[] probabilities(float[] logits) {
    double[] p = new double[logits.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = DeepCtrModel.sigmoid(logits[i]);
    }
    return p;
  }

  @Override
  public DeepCtrModel snapshot() {
    return new DeepCtrModel(network.export());
  }

  @Override
  public void close() {
    manager.close();
  }

  @Override
  public String toString() {
    return "DjlDeepLearner" + options;
  }
}
