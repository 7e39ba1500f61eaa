package io.aimpoint.ml.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link TextEmbedder} decorator that remembers vectors by content hash: SHA-256 of the text
 * after {@link ContentHash#normalize} (NFKC, whitespace collapsed and trimmed). The delegate is
 * asked to embed the normalized text, so every text with one hash gets one vector.
 *
 * <p>The cache is a bounded LRU map guarded by one lock held only for map operations, never while
 * the model runs; two threads missing the same text at once may both embed it (same result, one
 * wasted run), which is cheaper than making every caller wait on the model. Queries are cached
 * apart from passages because {@link TextEmbedder#embedQuery} may embed them differently. Callers
 * get copies, so nobody can corrupt a cached vector. Memory: about {@code capacity × (4 × dimension
 * + 150)} bytes, i.e. ~2.2 KB per entry at dimension 512.
 */
public final class CachingEmbedder implements TextEmbedder {

  private final TextEmbedder delegate;
  private final int capacity;
  private final Map<String, float[]> cache;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /**
   * @param delegate the embedder that computes misses; closed when this one is
   * @param capacity the most vectors to keep; least recently used ones are dropped first
   */
  public CachingEmbedder(TextEmbedder delegate, int capacity) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1; capacity=" + capacity);
    }
    this.capacity = capacity;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CachingEmbedder.this.capacity;
          }
        };
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(Objects.requireNonNull(text, "text"))).get(0);
  }

  @Override
  public float[] embedQuery(String query) {
    String normalized = ContentHash.normalize(Objects.requireNonNull(query, "query"));
    String key = "q:" + hash(normalized);
    float[] cached = lookup(key);
    if (cached != null) {
      return cached.clone();
    }
    float[] vector = delegate.embedQuery(normalized);
    store(key, vector);
    return vector.clone();
  }

  /** Looks every text up, then embeds the distinct misses in one delegate call. */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    float[][] result = new float[texts.size()][];
    Map<String, List<Integer>> missing = new LinkedHashMap<>();
    Map<String, String> normalizedByKey = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null) {
        throw new IllegalArgumentException("texts[" + i + "] is null");
      }
      String normalized = ContentHash.normalize(text);
      String key = "p:" + hash(normalized);
      float[] cached = lookup(key);
      if (cached != null) {
        result[i] = cached.clone();
      } else {
        missing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        normalizedByKey.put(key, normalized);
      }
    }
    if (!missing.isEmpty()) {
      List<String> keys = List.copyOf(missing.keySet());
      List<float[]> computed = delegate.embedAll(keys.stream().map(normalizedByKey::get).toList());
      for (int k = 0; k < keys.size(); k++) {
        store(keys.get(k), computed.get(k));
        for (int index : missing.get(keys.get(k))) {
          result[index] = computed.get(k).clone();
        }
      }
    }
    return List.of(result);
  }

  /** Hit and miss counts so far and the current size. */
  public CacheStats stats() {
    synchronized (cache) {
      return new CacheStats(hits.sum(), misses.sum(), cache.size(), capacity);
    }
  }

  @Override
  public void close() {
    synchronized (cache) {
      cache.clear();
    }
    delegate.close();
  }

  private float[] lookup(String key) {
    float[] vector;
    synchronized (cache) {
      vector = cache.get(key);
    }
    (vector != null ? hits : misses).increment();
    return vector;
  }

  private void store(String key, float[] vector) {
    float[] copy = vector.clone();
    synchronized (cache) {
      cache.put(key, copy);
    }
  }

  private static String hash(String normalized) {
    return HexFormat.of().formatHex(ContentHash.sha256(normalized));
  }
}
