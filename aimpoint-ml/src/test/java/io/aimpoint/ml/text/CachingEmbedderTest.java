package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

  /** A deterministic stand-in for the model that records what it was asked to embed. */
  private static final class RecordingEmbedder implements TextEmbedder {
    final List<String> embedded = new ArrayList<>();
    final List<Integer> batchSizes = new ArrayList<>();
    final List<String> queries = new ArrayList<>();
    boolean closed;

    @Override
    public int dimension() {
      return 4;
    }

    @Override
    public float[] embed(String text) {
      return embedAll(List.of(text)).get(0);
    }

    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
      batchSizes.add(texts.size());
      embedded.addAll(texts);
      return texts.stream().map(RecordingEmbedder::vectorOf).toList();
    }

    @Override
    public synchronized float[] embedQuery(String query) {
      queries.add(query);
      float[] v = vectorOf(query);
      v[3] = -v[3];
      return Vectors.normalizeInPlace(v);
    }

    @Override
    public void close() {
      closed = true;
    }

    static float[] vectorOf(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      float[] v = {1, bytes.length, text.hashCode() % 97, 3};
      return Vectors.normalizeInPlace(v);
    }
  }

  private final RecordingEmbedder model = new RecordingEmbedder();
  private final CachingEmbedder cache = new CachingEmbedder(model, 3);

  @Test
  void a_repeated_text_is_served_from_the_cache_with_an_identical_vector() {
    float[] first = cache.embed("华为手机");
    float[] second = cache.embed("华为手机");

    assertThat(second).containsExactly(first);
    assertThat(model.embedded).containsExactly("华为手机");
    assertThat(cache.stats()).isEqualTo(new CacheStats(1, 1, 1, 3));
    assertThat(cache.stats().hitRate()).isEqualTo(0.5);
  }

  @Test
  void texts_equal_after_normalization_share_an_entry_and_the_model_sees_the_normalized_text() {
    cache.embed("  ＡＢＣ　手机 ");
    cache.embed("ABC 手机");

    assertThat(model.embedded).containsExactly("ABC 手机");
    assertThat(cache.stats().hits()).isEqualTo(1);
  }

  @Test
  void embed_all_sends_only_distinct_misses_in_one_batch() {
    cache.embed("a");

    List<float[]> vectors = cache.embedAll(List.of("a", "b", "c", "b"));

    assertThat(model.batchSizes).containsExactly(1, 2);
    assertThat(model.embedded).containsExactly("a", "b", "c");
    assertThat(vectors.get(1)).containsExactly(vectors.get(3));
    assertThat(vectors.get(0)).containsExactly(RecordingEmbedder.vectorOf("a"));
    assertThat(cache.stats().hits()).isEqualTo(1);
    assertThat(cache.stats().misses()).isEqualTo(4);
  }

  @Test
  void evicts_the_least_recently_used_entry_beyond_capacity() {
    cache.embedAll(List.of("a", "b", "c"));
    cache.embed("a");
    cache.embed("d");
    cache.embed("a");
    cache.embed("b");

    assertThat(model.embedded).containsExactly("a", "b", "c", "d", "b");
    assertThat(cache.stats().size()).isEqualTo(3);
  }

  @Test
  void callers_cannot_corrupt_cached_vectors() {
    float[] first = cache.embed("x");
    first[0] = 42;

    assertThat(cache.embed("x")).containsExactly(RecordingEmbedder.vectorOf("x"));
  }

  @Test
  void queries_are_cached_apart_from_passages() {
    float[] passage = cache.embed("手机");
    float[] query = cache.embedQuery("手机");
    float[] again = cache.embedQuery("手机");

    assertThat(query).isNotEqualTo(passage);
    assertThat(again).containsExactly(query);
    assertThat(model.queries).containsExactly("手机");
  }

  @Test
  void closing_the_cache_closes_the_model() {
    cache.close();

    assertThat(model.closed).isTrue();
  }

  @Test
  void rejects_a_capacity_below_one() {
    assertThatThrownBy(() -> new CachingEmbedder(model, 0)).hasMessageContaining("capacity=0");
  }
}
