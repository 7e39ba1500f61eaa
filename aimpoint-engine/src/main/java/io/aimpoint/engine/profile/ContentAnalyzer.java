package io.aimpoint.engine.profile;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.engine.ingest.TextNormalizer;
import io.aimpoint.ml.text.Keyword;
import io.aimpoint.ml.text.KeywordExtractor;
import io.aimpoint.ml.text.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the text of behaviour events into {@link ContentFeatures}: keywords by TF-IDF against the
 * shared corpus statistic (each analysed text is first counted into it, so idf follows what users
 * read) and, when an embedder is configured, an embedding. Passages are embedded in one batch per
 * call; search queries with the embedder's query form. Thread-safe when the extractor and embedder
 * are.
 */
public final class ContentAnalyzer {
  /** Keywords taken from one event; the profile keeps the strongest over many events. */
  static final int KEYWORDS_PER_EVENT = 5;

  private final KeywordExtractor keywords;
  private final TextEmbedder embedder;

  /**
   * @param keywords the extractor, over the engine's shared document frequencies
   * @param embedder the content embedder, or null to build profiles without a semantic vector
   */
  public ContentAnalyzer(KeywordExtractor keywords, TextEmbedder embedder) {
    this.keywords = Objects.requireNonNull(keywords, "keywords");
    this.embedder = embedder;
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
      features.add(new ContentFeatures(relativeKeywords(text), embeddings.get(i)));
    }
    return features;
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
