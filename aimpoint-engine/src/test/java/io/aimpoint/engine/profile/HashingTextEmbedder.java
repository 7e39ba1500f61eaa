package io.aimpoint.engine.profile;

import io.aimpoint.ml.text.TextEmbedder;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in for the ONNX embedder: each lower-cased word adds a fixed pseudo-random
 * direction (seeded by its hash), so texts sharing words are close. Unit length, like the real one.
 */
public final class HashingTextEmbedder implements TextEmbedder {
  private final int dimension;

  public HashingTextEmbedder(int dimension) {
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimension];
    for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (word.isEmpty()) {
        continue;
      }
      java.util.Random r = new java.util.Random(word.hashCode());
      for (int i = 0; i < dimension; i++) {
        v[i] += (float) r.nextGaussian();
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < dimension; i++) {
        v[i] /= (float) norm;
      }
    }
    return v;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(query);
  }

  @Override
  public void close() {}
}
