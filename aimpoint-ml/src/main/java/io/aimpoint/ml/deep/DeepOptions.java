package io.aimpoint.ml.deep;

import java.util.List;

/**
 * Hyper-parameters of a deep CTR model and its training.
 *
 * @param architecture DeepFM or DCN-V2
 * @param embeddingDim the embedding dimension, 2..64
 * @param maxTableBits the embedding table has {@code 2^min(bits, maxTableBits)} rows, where {@code
 *     bits} is the feature space's; hashed indices are taken modulo the rows. 10..20: embedding
 *     gradients are dense in PyTorch via DJL, so every step touches the whole table
 * @param hidden the MLP's hidden layer widths (ReLU), at least one
 * @param crossLayers DCN-V2 cross layers, 1..6 (unused by DeepFM)
 * @param learningRate Adam's step size
 * @param batchSize examples per mini-batch
 * @param embeddingL2 L2 strength on the embeddings and first-order weights (weight decay added to
 *     their gradients)
 * @param seed seeds the initial weights and the shuffling; the same seed and data give the same
 *     model
 */
public record DeepOptions(
    DeepArchitecture architecture,
    int embeddingDim,
    int maxTableBits,
    List<Integer> hidden,
    int crossLayers,
    double learningRate,
    int batchSize,
    double embeddingL2,
    long seed) {

  public DeepOptions {
    if (architecture == null || hidden == null) {
      throw new IllegalArgumentException("architecture and hidden must not be null");
    }
    hidden = List.copyOf(hidden);
    if (embeddingDim < 2 || embeddingDim > 64) {
      throw new IllegalArgumentException(
          "embeddingDim must be in 2..64; embeddingDim=" + embeddingDim);
    }
    if (maxTableBits < 10 || maxTableBits > 20) {
      throw new IllegalArgumentException(
          "maxTableBits must be in 10..20; maxTableBits=" + maxTableBits);
    }
    if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h < 1 || h > 4096)) {
      throw new IllegalArgumentException("hidden needs 1+ widths in 1..4096; hidden=" + hidden);
    }
    if (crossLayers < 1 || crossLayers > 6) {
      throw new IllegalArgumentException("crossLayers must be in 1..6; crossLayers=" + crossLayers);
    }
    if (!(learningRate > 0) || !(embeddingL2 >= 0)) {
      throw new IllegalArgumentException(
          "need learningRate > 0 and embeddingL2 >= 0; learningRate="
              + learningRate
              + ", embeddingL2="
              + embeddingL2);
    }
    if (batchSize < 1 || batchSize > 65536) {
      throw new IllegalArgumentException("batchSize must be in 1..65536; batchSize=" + batchSize);
    }
  }

  /**
   * DeepFM, embeddings of 8, a table of at most 2^18 rows, MLP 256-128, 2 cross layers (DCN-V2),
   * Adam at 1e-3, batches of 1024, no L2, seed 42.
   */
  public static DeepOptions defaults() {
    return new DeepOptions(DeepArchitecture.DEEPFM, 8, 18, List.of(256, 128), 2, 1e-3, 1024, 0, 42);
  }

  public DeepOptions withArchitecture(DeepArchitecture a) {
    return new DeepOptions(
        a,
        embeddingDim,
        maxTableBits,
        hidden,
        crossLayers,
        learningRate,
        batchSize,
        embeddingL2,
        seed);
  }

  public DeepOptions withEmbeddingDim(int dim) {
    return new DeepOptions(
        architecture,
        dim,
        maxTableBits,
        hidden,
        crossLayers,
        learningRate,
        batchSize,
        embeddingL2,
        seed);
  }

  public DeepOptions withHidden(List<Integer> widths) {
    return new DeepOptions(
        architecture,
        embeddingDim,
        maxTableBits,
        widths,
        crossLayers,
        learningRate,
        batchSize,
        embeddingL2,
        seed);
  }

  public DeepOptions withCrossLayers(int layers) {
    return new DeepOptions(
        architecture,
        embeddingDim,
        maxTableBits,
        hidden,
        layers,
        learningRate,
        batchSize,
        embeddingL2,
        seed);
  }

  public DeepOptions withLearningRate(double rate) {
    return new DeepOptions(
        architecture,
        embeddingDim,
        maxTableBits,
        hidden,
        crossLayers,
        rate,
        batchSize,
        embeddingL2,
        seed);
  }

  public DeepOptions withBatchSize(int size) {
    return new DeepOptions(
        architecture,
        embeddingDim,
        maxTableBits,
        hidden,
        crossLayers,
        learningRate,
        size,
        embeddingL2,
        seed);
  }

  public DeepOptions withEmbeddingL2(double l2) {
    return new DeepOptions(
        architecture,
        embeddingDim,
        maxTableBits,
        hidden,
        crossLayers,
        learningRate,
        batchSize,
        l2,
        seed);
  }

  public DeepOptions withSeed(long newSeed) {
    return new DeepOptions(
        architecture,
        embeddingDim,
        maxTableBits,
        hidden,
        crossLayers,
        learningRate,
        batchSize,
        embeddingL2,
        newSeed);
  }

  /** The table's rows for a feature space of {@code 2^bits} slots. */
  public int tableRows(int bits) {
    return 1 << Math.min(bits, maxTableBits);
  }
}
