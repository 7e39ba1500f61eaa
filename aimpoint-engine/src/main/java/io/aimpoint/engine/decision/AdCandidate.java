package io.aimpoint.engine.decision;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;

/**
 * A (campaign, creative) pair that may serve to the request at hand.
 *
 * @param creativeVector the unit-length text embedding of the creative, empty when the engine has
 *     no embedder; shared with the catalog, never modify it
 */
public record AdCandidate(Campaign campaign, Creative creative, float[] creativeVector) {
  private static final float[] NONE = new float[0];

  public AdCandidate {
    creativeVector = creativeVector == null ? NONE : creativeVector;
  }

  /** A candidate without a text embedding. */
  public AdCandidate(Campaign campaign, Creative creative) {
    this(campaign, creative, NONE);
  }

  public String advertiserId() {
    return campaign.advertiserId();
  }

  /** Whether the creative's text was embedded. */
  public boolean hasCreativeVector() {
    return creativeVector.length > 0;
  }
}
