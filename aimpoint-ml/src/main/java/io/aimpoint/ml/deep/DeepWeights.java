package io.aimpoint.ml.deep;

import java.util.SplittableRandom;

/**
 * All weights of a deep CTR model, in the layouts both the DJL network and the Java forward pass
 * use.
 *
 * <p>Inputs: every feature's hashed index selects a row {@code index mod rows} of ONE embedding
 * table (and of the first-order weights); features of the same field are pooled by a value-weighted
 * sum into that field's embedding, and the field embeddings are concatenated into {@code x0}
 * ({@code fields * dim} floats). A sum, unlike a mean, is linear in the features, which makes
 * request-side and candidate-side features separable at serving time even when both sides carry the
 * same field.
 *
 * @param options the hyper-parameters
 * @param fields the number of fields (field ids are {@code 0..fields-1})
 * @param rows the embedding table's rows, a power of two
 * @param table embeddings, row-major {@code rows x dim}
 * @param linear first-order weights, one per row
 * @param bias the global bias (first slot)
 * @param mlp the MLP's hidden layers (ReLU), the first taking {@code x0}
 * @param cross DCN-V2's cross layers, each {@code x0 -> x0}; empty for DeepFM
 * @param output the last layer to the logit: from the last hidden layer (DeepFM) or from the
 *     concatenation of the last cross output and the last hidden layer (DCN-V2)
 */
record DeepWeights(
    DeepOptions options,
    int fields,
    int rows,
    float[] table,
    float[] linear,
    float[] bias,
    Dense[] mlp,
    Dense[] cross,
    Dense output) {

  /** Standard deviation of the initial embeddings. */
  static final double EMBEDDING_INIT_STD = 0.01;

  DeepWeights {
    int dim = options.embeddingDim();
    if (fields < 1 || Integer.bitCount(rows) != 1) {
      throw new IllegalArgumentException(
          "need fields >= 1 and rows a power of two; fields=" + fields + ", rows=" + rows);
    }
    if (table.length != rows * dim || linear.length != rows || bias.length != 1) {
      throw new IllegalArgumentException(
          "table/linear/bias size mismatch; table=" + table.length + ", linear=" + linear.length);
    }
    boolean dcn = options.architecture() == DeepArchitecture.DCNV2;
    if (mlp.length != options.hidden().size()
        || cross.length != (dcn ? options.crossLayers() : 0)) {
      throw new IllegalArgumentException(
          "layer count mismatch; mlp=" + mlp.length + ", cross=" + cross.length);
    }
  }

  int dim() {
    return options.embeddingDim();
  }

  /** The width of {@code x0}, the concatenated field embeddings. */
  int inputWidth() {
    return fields * dim();
  }

  /**
   * The untrained weights for {@code fields} fields over a feature space of {@code 2^bits} slots:
   * embeddings N(0, 0.01), first-order weights and biases 0, dense layers Glorot-uniform (cross
   * layers too), all drawn from the options' seed so that a run is reproducible.
   */
  static DeepWeights initial(DeepOptions options, int fields, int bits) {
    if (fields < 1) {
      throw new IllegalArgumentException("fields must be positive; fields=" + fields);
    }
    SplittableRandom random = new SplittableRandom(options.seed());
    int rows = options.tableRows(bits);
    int dim = options.embeddingDim();
    float[] table = new float[rows * dim];
    for (int i = 0; i < table.length; i++) {
      table[i] = (float) (random.nextGaussian() * EMBEDDING_INIT_STD);
    }
    int width = fields * dim;
    Dense[] mlp = new Dense[options.hidden().size()];
    int in = width;
    for (int l = 0; l < mlp.length; l++) {
      mlp[l] = glorot(in, options.hidden().get(l), random);
      in = options.hidden().get(l);
    }
    boolean dcn = options.architecture() == DeepArchitecture.DCNV2;
    Dense[] cross = new Dense[dcn ? options.crossLayers() : 0];
    for (int l = 0; l < cross.length; l++) {
      cross[l] = glorot(width, width, random);
    }
    Dense output = glorot(dcn ? width + in : in, 1, random);
    return new DeepWeights(
        options, fields, rows, table, new float[rows], new float[1], mlp, cross, output);
  }

  private static Dense glorot(int in, int out, SplittableRandom random) {
    double limit = Math.sqrt(6.0 / (in + out));
    float[] w = new float[in * out];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
    }
    return new Dense(in, out, w, new float[out]);
  }
}
