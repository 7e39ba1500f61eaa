package io.aimpoint.engine.decision;

import io.aimpoint.core.ranking.ExposureFatigue;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.UserProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scales a baseline ranker's pCTR by the learned fatigue multiplier of the user's exposure bucket
 * for each candidate's campaign ({@link ExposureFatigue}: more impressions of the campaign seen
 * before, lower CTR once the tracked data show it). The exposures are the profile's per-campaign
 * impression counts; without a profile (no consent, unknown user) the scores pass through. pCVR is
 * per click and left alone. Meant for the historical baseline, which ignores the user: learned
 * models take the exposure count as a feature instead.
 */
public final class FatigueAwareRanker implements Ranker {
  private final Ranker baseline;
  private final FatigueTracker tracker;

  public FatigueAwareRanker(Ranker baseline, FatigueTracker tracker) {
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
  }

  @Override
  public List<ScoredCandidate> score(DecisionContext context, List<AdCandidate> candidates) {
    List<ScoredCandidate> scored = baseline.score(context, candidates);
    if (context.profile().isEmpty()) {
      return scored;
    }
    UserProfile profile = context.profile().get();
    Map<String, ExposureCount> exposures = profile.exposure().byCampaign();
    double[] multipliers = tracker.multipliers();
    Map<String, Integer> buckets = new HashMap<>();
    List<ScoredCandidate> out = new ArrayList<>(scored.size());
    for (ScoredCandidate s : scored) {
      String campaignId = s.candidate().campaign().id();
      ExposureCount seen = exposures.getOrDefault(campaignId, ExposureCount.ZERO);
      int bucket = ExposureFatigue.bucket(Math.max(0, seen.impressions()));
      if (bucket > 0) {
        buckets.put(campaignId, bucket);
      }
      double m = multipliers[bucket];
      out.add(
          m == 1.0 ? s : ScoredCandidate.of(s.candidate(), Math.min(1, s.pCtr() * m), s.pCvr()));
    }
    tracker.scored(context.decisionId(), buckets);
    return out;
  }
}
