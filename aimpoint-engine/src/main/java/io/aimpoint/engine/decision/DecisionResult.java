package io.aimpoint.engine.decision;

import java.util.List;

/** The ranked ads of one decision (possibly none). */
public record DecisionResult(String decisionId, List<ServedAdView> ads) {
  public DecisionResult {
    ads = List.copyOf(ads);
  }
}
