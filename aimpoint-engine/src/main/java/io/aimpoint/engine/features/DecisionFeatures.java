package io.aimpoint.engine.features;

import io.aimpoint.core.event.FeatureSnapshot;
import java.util.List;

/**
 * The raw feature snapshots of one decision: the request side once, and one per candidate in the
 * candidates' order.
 */
public record DecisionFeatures(FeatureSnapshot request, List<FeatureSnapshot> candidates) {
  public DecisionFeatures {
    candidates = List.copyOf(candidates);
  }
}
