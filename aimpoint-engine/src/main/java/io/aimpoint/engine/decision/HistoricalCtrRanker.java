package io.aimpoint.engine.decision;

import io.aimpoint.core.ranking.HierarchicalRateSmoother;
import io.aimpoint.core.ranking.Rates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores by each creative's own history: Bayesian-smoothed CTR and CVR from {@link
 * HierarchicalRateSmoother} over the counts in the {@link DeliveryCache}. Ignores the user and the
 * context; it is the baseline that learned models replace.
 */
public final class HistoricalCtrRanker implements Ranker {
  private final DeliveryCache deliveries;
  private final HierarchicalRateSmoother smoother;

  public HistoricalCtrRanker(DeliveryCache deliveries, HierarchicalRateSmoother smoother) {
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.smoother = Objects.requireNonNull(smoother, "smoother");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    HierarchicalRateSmoother.Level global = smoother.global(deliveries.global());
    // Candidates of one campaign share its level; compute it once per decision.
    Map<String, HierarchicalRateSmoother.Level> campaigns = new HashMap<>();
    List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
    for (AdCandidate c : candidates) {
      String campaignId = c.campaign().id();
      HierarchicalRateSmoother.Level level =
          campaigns.computeIfAbsent(
              campaignId, id -> smoother.campaign(global, deliveries.campaign(id)));
      Rates r = smoother.creative(level, deliveries.creative(campaignId, c.creative().id()));
      scored.add(ScoredCandidate.of(c, r.pCtr(), r.pCvr()));
    }
    return scored;
  }
}
