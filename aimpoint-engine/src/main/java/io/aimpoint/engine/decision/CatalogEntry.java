package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.targeting.TargetingMatcher;
import java.util.List;
import java.util.Map;

/**
 * One servable campaign of the catalog: its active advertiser, its targeting compiled for matching,
 * its active creatives (never empty) and their text embeddings.
 *
 * @param creativeVectors creative id to the unit-length embedding of its title and body; a creative
 *     without one (no embedder, or embedding failed) is absent. Vectors are shared, never modify
 *     them.
 */
public record CatalogEntry(
    Advertiser advertiser,
    Campaign campaign,
    TargetingMatcher matcher,
    List<Creative> creatives,
    Map<String, float[]> creativeVectors) {
  private static final float[] NONE = new float[0];

  public CatalogEntry {
    creatives = List.copyOf(creatives);
    creativeVectors = creativeVectors == null ? Map.of() : Map.copyOf(creativeVectors);
  }

  /** An entry without text embeddings. */
  public CatalogEntry(
      Advertiser advertiser,
      Campaign campaign,
      TargetingMatcher matcher,
      List<Creative> creatives) {
    this(advertiser, campaign, matcher, creatives, Map.of());
  }

  /** The embedding of one of this entry's creatives, empty when it has none. */
  public float[] creativeVector(String creativeId) {
    return creativeVectors.getOrDefault(creativeId, NONE);
  }
}
