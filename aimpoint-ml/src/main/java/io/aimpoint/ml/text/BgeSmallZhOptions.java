package io.aimpoint.ml.text;

/**
 * Settings of {@link BgeSmallZhEmbedder}.
 *
 * @param intraOpThreads threads ONNX Runtime may use inside one model run. Default 1: the engine
 *     serves many requests at once, and one thread per run gives the best throughput per core and
 *     no contention between concurrent runs; raise it only for a lone caller that wants lower
 *     latency (a bulk re-embedding job).
 * @param maxBatchSize texts per model run in {@link BgeSmallZhEmbedder#embedAll}. Default 1, so
 *     that a text's vector depends on the text alone: the int8 model quantizes activations with one
 *     dynamic scale per tensor ({@code DynamicQuantizeLinear}), so the other texts of a batch,
 *     padding included, shift each vector (measured: up to 0.03 per component, cosine to the
 *     unbatched vector 0.98 to 0.996). Batches of 16 run about 13% faster on one core; raise it for
 *     bulk jobs that do not need bit-for-bit reproducible vectors.
 * @param maxTokens tokens kept per text, special tokens included; longer texts are truncated.
 *     Default and maximum 512, the model's position-embedding limit.
 * @param shortQueryMaxChars queries of at most this many code points get the BGE retrieval
 *     instruction in {@link BgeSmallZhEmbedder#embedQuery}; longer ones are embedded as passages,
 *     as the model card recommends the instruction for short queries only. Default 64.
 */
public record BgeSmallZhOptions(
    int intraOpThreads, int maxBatchSize, int maxTokens, int shortQueryMaxChars) {

  /** The model's position-embedding limit. */
  public static final int MODEL_MAX_TOKENS = 512;

  public BgeSmallZhOptions {
    if (intraOpThreads < 1) {
      throw new IllegalArgumentException(
          "intraOpThreads must be at least 1; intraOpThreads=" + intraOpThreads);
    }
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException(
          "maxBatchSize must be at least 1; maxBatchSize=" + maxBatchSize);
    }
    if (maxTokens < 2 || maxTokens > MODEL_MAX_TOKENS) {
      throw new IllegalArgumentException(
          "maxTokens must be in [2, " + MODEL_MAX_TOKENS + "]; maxTokens=" + maxTokens);
    }
    if (shortQueryMaxChars < 0) {
      throw new IllegalArgumentException(
          "shortQueryMaxChars must not be negative; shortQueryMaxChars=" + shortQueryMaxChars);
    }
  }

  /** One intra-op thread, one text per run, 512 tokens, instruction for queries up to 64 chars. */
  public static BgeSmallZhOptions defaults() {
    return new BgeSmallZhOptions(1, 1, MODEL_MAX_TOKENS, 64);
  }

  /** These options with another intra-op thread count. */
  public BgeSmallZhOptions withIntraOpThreads(int threads) {
    return new BgeSmallZhOptions(threads, maxBatchSize, maxTokens, shortQueryMaxChars);
  }

  /** These options with another batch size. */
  public BgeSmallZhOptions withMaxBatchSize(int batchSize) {
    return new BgeSmallZhOptions(intraOpThreads, batchSize, maxTokens, shortQueryMaxChars);
  }
}
