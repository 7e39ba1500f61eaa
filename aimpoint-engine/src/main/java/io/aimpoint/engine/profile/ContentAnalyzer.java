package io.aimpoint.engine.profile;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.engine.ingest.TextNormalizer;
import io.aimpoint.ml.text.Categorization;
import io.aimpoint.ml.text.Keyword;
import io.aimpoint.ml.text.KeywordExtractor;
import io.aimpoint.ml.text.TextEmbedder;
import io.aimpoint.ml.text.ZeroShotCategorizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the text of behaviour events into {@link ContentFeatures}: keywords by TF-IDF against the
 * shared corpus statistic (each analysed text is first counted into it, so idf follows what users
 * read) and, when an embedder is configured, an embedding. Passages (page title and text, purchased
 * items) are embedded in one batch per call ({@link TextEmbedder#embedAll}, so one ingest request
 * runs the model once over its texts, and a caching embedder skips those seen before); search
 * queries with the embedder's query form.
 *
 * <p><b>Zero-shot categories.</b> With a {@link ZeroShotCategorizer}, a page view sent without a
 * category is assigned the most similar category description to its embedding, if the categorizer's
 * softmax confidence is at least {@code minCategoryConfidence}; below it the page adds no interest
 * (a wrong interest is worse than a missing one). The default threshold {@value
 * #DEFAULT_MIN_CATEGORY_CONFIDENCE} and its measured accuracy and coverage are in docs/profiles.md.
 *
 * <p>Thread-safe when the extractor, embedder and categorizer are.
 */
public final class ContentAnalyzer {
  /** Keywords taken from one event; the profile keeps the strongest over many events. */
  static final int KEYWORDS_PER_EVENT = 5;

  /** Measured on the simulator's pages; see docs/profiles.md. */
  public static final double DEFAULT_MIN_CATEGORY_CONFIDENCE = 0.7;

  private final KeywordExtractor keywords;
  private final TextEmbedder embedder;
  private final ZeroShotCategorizer categorizer;
  private final double minCategoryConfidence;

  /**
   * An analyzer without zero-shot categories.
   *
   * @param keywords the extractor, over the engine's shared document frequencies
   * @param embedder the content embedder, or null to build profiles without a semantic vector
   */
  public ContentAnalyzer(KeywordExtractor keywords, TextEmbedder embedder) {
    this(keywords, embedder, null, DEFAULT_MIN_CATEGORY_CONFIDENCE);
  }

  /**
   * @param keywords the extractor, over the engine's shared document frequencies
   * @param embedder the content embedder, or null to build profiles without a semantic vector
   * @param categorizer assigns categories to page views without one; built on {@code embedder};
   *     null for none
   * @param minCategoryConfidence the least softmax confidence for a zero-shot category, in [0, 1]
   */
  public ContentAnalyzer(
      KeywordExtractor keywords,
      TextEmbedder embedder,
      ZeroShotCategorizer categorizer,
      double minCategoryConfidence) {
    this.keywords = Objects.requireNonNull(keywords, "keywords");
    this.embedder = embedder;
    if (categorizer != null && embedder == null) {
      throw new IllegalArgumentException("a categorizer needs the embedder it was built on");
    }
    if (!(minCategoryConfidence >= 0 && minCategoryConfidence <= 1)) {
      throw new IllegalArgumentException(
          "minCategoryConfidence must be in [0, 1]; minCategoryConfidence="
              + minCategoryConfidence);
    }
    this.categorizer = categorizer;
    this.minCategoryConfidence = minCategoryConfidence;
  }

  /** The keyword extractor, whose corpus statistic the engine persists. */
  public KeywordExtractor keywords() {
    return keywords;
  }

  /** Features of each event, in order; {@link ContentFeatures#NONE} for events without text. */
  public List<ContentFeatures> analyze(List<? extends Event> events) {
    List<String> texts = events.stream().map(ContentAnalyzer::text).toList();
    List<float[]> embeddings = embed(events, texts);
    List<ContentFeatures> features = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      String text = texts.get(i);
      if (text == null) {
        features.add(ContentFeatures.NONE);
        continue;
      }
      keywords.observe(text);
      float[] embedding = embeddings.get(i);
      features.add(
          new ContentFeatures(
              relativeKeywords(text), embedding, inferredCategory(events.get(i), embedding)));
    }
    return features;
  }

  /** The zero-shot category of a page view sent without one, if confident enough; else null. */
  private String inferredCategory(Event event, float[] embedding) {
    if (categorizer == null
        || embedding == null
        || !(event instanceof PageView view)
        || (view.category() != null && !view.category().isBlank())) {
      return null;
    }
    Categorization c = categorizer.classifyVector(embedding);
    return c.confidence() >= minCategoryConfidence ? c.categoryId() : null;
  }

  private Map<String, Double> relativeKeywords(String text) {
    List<Keyword> top = keywords.extract(text, KEYWORDS_PER_EVENT);
    Map<String, Double> relative = new HashMap<>();
    if (top.isEmpty() || top.get(0).weight() <= 0) {
      return relative;
    }
    double max = top.get(0).weight();
    for (Keyword k : top) {
      String term = TextNormalizer.label(k.term());
      if (term != null) {
        relative.merge(term, k.weight() / max, Math::max);
      }
    }
    return relative;
  }

  private List<float[]> embed(List<? extends Event> events, List<String> texts) {
    List<float[]> out = new ArrayList<>(events.size());
    List<Integer> passageIndex = new ArrayList<>();
    List<String> passages = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      String text = texts.get(i);
      float[] vector = null;
      if (embedder != null && text != null) {
        if (events.get(i) instanceof Search) {
          vector = embedder.embedQuery(text);
        } else {
          passageIndex.add(i);
          passages.add(text);
        }
      }
      out.add(vector);
    }
    if (!passages.isEmpty()) {
      List<float[]> vectors = embedder.embedAll(passages);
      for (int j = 0; j < passages.size(); j++) {
        out.set(passageIndex.get(j), vectors.get(j));
      }
    }
    return out;
  }

  /** The text an event is about, or null. */
  static String text(Event event) {
    String text =
        switch (event) {
          case PageView e -> joined(e.title(), e.text());
          case Search e -> e.query();
          case Purchase e -> e.item();
          default -> null;
        };
    return text == null || text.isBlank() ? null : text;
  }

  private static String joined(String title, String text) {
    if (title == null) {
      return text;
    }
    return text == null ? title : title + "\n" + text;
  }
}
