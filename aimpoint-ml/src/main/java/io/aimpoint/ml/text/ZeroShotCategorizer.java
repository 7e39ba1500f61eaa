package io.aimpoint.ml.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Assigns text to categories without labelled data: each category is represented by the embedding
 * of its description (the normalized mean of its Chinese and English description vectors, so one
 * prototype serves both languages), and a text goes to the category whose prototype is most similar
 * (cosine). Confidence is a softmax over similarities divided by a temperature: BGE similarities of
 * different categories differ by hundredths, so a temperature of a few hundredths turns those gaps
 * into usable probabilities.
 *
 * <p>The descriptions are embedded once, at construction. Thread-safe if the embedder is.
 */
public final class ZeroShotCategorizer {

  /** The softmax temperature used by {@link #withDefaults}. */
  public static final double DEFAULT_TEMPERATURE = 0.02;

  private final TextEmbedder embedder;
  private final List<String> ids;
  private final List<float[]> prototypes;
  private final double temperature;

  /**
   * @param embedder embeds descriptions now and texts later
   * @param categories at least two categories with distinct ids
   * @param temperature softmax temperature, positive; smaller is more decisive
   */
  public ZeroShotCategorizer(
      TextEmbedder embedder, List<CategoryDescription> categories, double temperature) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    if (categories.size() < 2) {
      throw new IllegalArgumentException(
          "need at least two categories; categories.size()=" + categories.size());
    }
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException(
          "temperature must be positive; temperature=" + temperature);
    }
    Set<String> seen = new HashSet<>();
    List<String> texts = new ArrayList<>();
    for (CategoryDescription c : categories) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException("duplicate category id: " + c.id());
      }
      texts.add(c.chinese());
      texts.add(c.english());
    }
    List<float[]> vectors = embedder.embedAll(texts);
    List<float[]> protos = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      protos.add(Vectors.normalizedMean(vectors.get(2 * i), vectors.get(2 * i + 1)));
    }
    this.ids = categories.stream().map(CategoryDescription::id).toList();
    this.prototypes = List.copyOf(protos);
    this.temperature = temperature;
  }

  /** A categorizer over {@link DefaultCategories#all()} with {@link #DEFAULT_TEMPERATURE}. */
  public static ZeroShotCategorizer withDefaults(TextEmbedder embedder) {
    return new ZeroShotCategorizer(embedder, DefaultCategories.all(), DEFAULT_TEMPERATURE);
  }

  /** The category ids, in the order given at construction. */
  public List<String> categoryIds() {
    return ids;
  }

  /** Embeds {@code text} and categorizes it. */
  public Categorization classify(String text) {
    return classifyVector(embedder.embed(Objects.requireNonNull(text, "text")));
  }

  /** Categorizes many texts, embedding them in one batched call. */
  public List<Categorization> classifyAll(List<String> texts) {
    return embedder.embedAll(texts).stream().map(this::classifyVector).toList();
  }

  /**
   * Categorizes a text already embedded by the same embedder (e.g. a page vector computed at
   * ingestion), without running the model again.
   */
  public Categorization classifyVector(float[] textVector) {
    if (textVector.length != embedder.dimension()) {
      throw new IllegalArgumentException(
          "vector dimension "
              + textVector.length
              + " != embedder dimension "
              + embedder.dimension());
    }
    double[] similarities = new double[ids.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < similarities.length; i++) {
      similarities[i] = Vectors.dot(textVector, prototypes.get(i));
      max = Math.max(max, similarities[i]);
    }
    double[] weights = new double[similarities.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      // Subtracting the maximum keeps exp() in range however small the temperature.
      weights[i] = Math.exp((similarities[i] - max) / temperature);
      sum += weights[i];
    }
    List<CategoryScore> ranking = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      ranking.add(new CategoryScore(ids.get(i), similarities[i], weights[i] / sum));
    }
    ranking.sort(Comparator.comparingDouble(CategoryScore::similarity).reversed());
    return new Categorization(ranking);
  }
}
