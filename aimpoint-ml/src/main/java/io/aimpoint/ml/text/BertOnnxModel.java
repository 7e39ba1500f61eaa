package io.aimpoint.ml.text;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A BERT-style encoder exported to ONNX, run on padded token batches, pooled by its [CLS] token.
 *
 * <p>The input names are read from the session rather than assumed: exports differ in whether they
 * take {@code token_type_ids}. The hidden-state output is {@code last_hidden_state} when the export
 * names it so, else its first rank-3 float output. {@link OrtSession#run} is thread-safe, so one
 * instance serves concurrent callers.
 */
final class BertOnnxModel implements AutoCloseable {

  static final String INPUT_IDS = "input_ids";
  static final String ATTENTION_MASK = "attention_mask";
  static final String TOKEN_TYPE_IDS = "token_type_ids";
  private static final Set<String> KNOWN_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);

  private final OrtEnvironment env;
  private final OrtSession session;
  private final Set<String> inputNames;
  private final String outputName;
  private final int hiddenSize;

  BertOnnxModel(OrtEnvironment env, OrtSession session) throws OrtException {
    this.env = env;
    this.session = session;
    this.inputNames = checkInputs(session.getInputInfo());
    Map<String, NodeInfo> outputs = session.getOutputInfo();
    this.outputName = hiddenStateOutput(outputs);
    long[] shape = ((TensorInfo) outputs.get(outputName).getInfo()).getShape();
    long last = shape[shape.length - 1];
    if (last <= 0) {
      throw new IllegalStateException(
          "hidden size of output " + outputName + " is not static; shape[-1]=" + last);
    }
    this.hiddenSize = Math.toIntExact(last);
  }

  int hiddenSize() {
    return hiddenSize;
  }

  Set<String> inputNames() {
    return inputNames;
  }

  /**
   * Runs one batch and returns each row's [CLS] hidden state, L2-normalized.
   *
   * @param batch token ids with attention mask, padded to one length
   */
  List<float[]> clsEmbeddings(TokenBatch batch) throws OrtException {
    long[] shape = {batch.rows(), batch.columns()};
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put(INPUT_IDS, tensor(batch.inputIds(), shape));
      if (inputNames.contains(ATTENTION_MASK)) {
        feed.put(ATTENTION_MASK, tensor(batch.attentionMask(), shape));
      }
      if (inputNames.contains(TOKEN_TYPE_IDS)) {
        feed.put(TOKEN_TYPE_IDS, tensor(batch.tokenTypeIds(), shape));
      }
      try (OrtSession.Result result = session.run(feed, Set.of(outputName))) {
        OnnxTensor hidden = (OnnxTensor) result.get(0);
        return pool(hidden.getFloatBuffer(), batch.rows(), batch.columns());
      }
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  private List<float[]> pool(FloatBuffer hidden, int rows, int columns) {
    int expected = rows * columns * hiddenSize;
    if (hidden.remaining() != expected) {
      throw new IllegalStateException(
          "unexpected output size " + hidden.remaining() + "; expected " + expected);
    }
    List<float[]> vectors = new ArrayList<>(rows);
    for (int row = 0; row < rows; row++) {
      // BGE is trained with [CLS] pooling: the first position of each row is the sentence vector.
      float[] cls = new float[hiddenSize];
      hidden.get(row * columns * hiddenSize, cls);
      vectors.add(Vectors.normalizeInPlace(cls));
    }
    return vectors;
  }

  private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
    return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
  }

  private static Set<String> checkInputs(Map<String, NodeInfo> inputs) {
    if (!inputs.containsKey(INPUT_IDS)) {
      throw new IllegalStateException("model has no " + INPUT_IDS + " input; inputs=" + inputs);
    }
    for (Map.Entry<String, NodeInfo> input : inputs.entrySet()) {
      if (!KNOWN_INPUTS.contains(input.getKey())) {
        throw new IllegalStateException("model input not understood: " + input.getKey());
      }
      if (!(input.getValue().getInfo() instanceof TensorInfo info)
          || info.type != OnnxJavaType.INT64) {
        throw new IllegalStateException(
            "model input " + input.getKey() + " is not an int64 tensor: " + input.getValue());
      }
    }
    return Set.copyOf(inputs.keySet());
  }

  private static String hiddenStateOutput(Map<String, NodeInfo> outputs) {
    if (outputs.containsKey("last_hidden_state")) {
      return "last_hidden_state";
    }
    return outputs.entrySet().stream()
        .filter(
            e ->
                e.getValue().getInfo() instanceof TensorInfo info
                    && info.type == OnnxJavaType.FLOAT
                    && info.getShape().length == 3)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("model has no rank-3 float output: " + outputs));
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
