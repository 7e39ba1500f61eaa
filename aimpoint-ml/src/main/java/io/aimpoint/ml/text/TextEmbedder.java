package io.aimpoint.ml.text;

import java.util.List;

/**
 * Maps text to a dense vector whose dot product with another such vector is their cosine
 * similarity: every vector an embedder returns is L2-normalized (unit length).
 *
 * <p>Implementations are thread-safe. {@link #embedAll} is the efficient path: it runs the model
 * once per batch instead of once per text. Closing releases native resources; using an embedder
 * after {@link #close()} throws {@link IllegalStateException}.
 */
public interface TextEmbedder extends AutoCloseable {

  /** The length of every vector this embedder returns. */
  int dimension();

  /** Embeds one passage (an ad, a page, a title). */
  float[] embed(String text);

  /**
   * Embeds passages in batches; the result has one vector per input, in input order, equal (within
   * floating-point noise) to what {@link #embed} returns for each text.
   */
  List<float[]> embedAll(List<String> texts);

  /**
   * Embeds a search query so that it lands near the passages that answer it. Models trained with an
   * asymmetric query instruction (BGE) add it here for short queries; for symmetric models this is
   * {@link #embed}.
   */
  float[] embedQuery(String query);

  /** Releases the model's native resources. */
  @Override
  void close();
}
