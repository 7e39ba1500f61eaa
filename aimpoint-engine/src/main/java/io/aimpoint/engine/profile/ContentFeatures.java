package io.aimpoint.engine.profile;

import java.util.Map;

/**
 * What the text of one event says, computed before the profile is folded so that the fold stays
 * pure: its keywords (normalized term to TF-IDF weight relative to the event's strongest keyword,
 * so in (0, 1]), its embedding (unit length; empty when there is no text or no embedder) and, for a
 * page view sent without a category, the category assigned zero-shot from the embedding (null when
 * none was confident enough, or the event has its own).
 */
public record ContentFeatures(
    Map<String, Double> keywords, float[] embedding, String inferredCategory) {
  public static final ContentFeatures NONE = new ContentFeatures(Map.of(), new float[0], null);

  public ContentFeatures {
    keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
    embedding = embedding == null ? new float[0] : embedding;
  }

  /** Features without an inferred category. */
  public ContentFeatures(Map<String, Double> keywords, float[] embedding) {
    this(keywords, embedding, null);
  }
}
