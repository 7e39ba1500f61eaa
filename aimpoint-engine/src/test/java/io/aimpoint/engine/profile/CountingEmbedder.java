package io.aimpoint.engine.profile;

import io.aimpoint.ml.text.TextEmbedder;
import java.util.ArrayList;
import java.util.List;

/** Records every call to a delegate embedder: the batches of passages and the queries. */
public final class CountingEmbedder implements TextEmbedder {
  private final TextEmbedder delegate;

  /** The texts of each {@link #embedAll} / {@link #embed} call, in order. */
  public final List<List<String>> passageBatches = new ArrayList<>();

  /** Every query embedded. */
  public final List<String> queries = new ArrayList<>();

  public CountingEmbedder(TextEmbedder delegate) {
    this.delegate = delegate;
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public synchronized float[] embed(String text) {
    passageBatches.add(List.of(text));
    return delegate.embed(text);
  }

  @Override
  public synchronized List<float[]> embedAll(List<String> texts) {
    passageBatches.add(List.copyOf(texts));
    return delegate.embedAll(texts);
  }

  @Override
  public synchronized float[] embedQuery(String query) {
    queries.add(query);
    return delegate.embedQuery(query);
  }

  /** Passages embedded over all calls. */
  public synchronized int passages() {
    return passageBatches.stream().mapToInt(List::size).sum();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
