package io.aimpoint.ml.text;

import java.util.List;

/**
 * The outcome of zero-shot categorization of one text.
 *
 * @param ranking every category, most similar first
 */
public record Categorization(List<CategoryScore> ranking) {

  public Categorization {
    if (ranking.isEmpty()) {
      throw new IllegalArgumentException("ranking must not be empty");
    }
    ranking = List.copyOf(ranking);
  }

  /** The most similar category's id. */
  public String categoryId() {
    return ranking.get(0).categoryId();
  }

  /** The top category's cosine similarity. */
  public double similarity() {
    return ranking.get(0).similarity();
  }

  /** The top category's softmax probability: how sure the categorizer is. */
  public double confidence() {
    return ranking.get(0).probability();
  }
}
