package io.aimpoint.sim.run;

import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.engine.decision.ScoredCandidate;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.sim.export.ImpressionRecord;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.traffic.AdContext;
import io.aimpoint.sim.world.SimCreative;

/** Builds the exported record of one served impression. */
final class ImpressionRecords {
  private ImpressionRecords() {}

  /**
   * What happened to one served ad.
   *
   * @param predicted the policy's pCTR, NaN if unknown
   * @param conversionValueMicros the order value if the click converted within the run, else -1
   */
  record Outcome(
      long bidMicros,
      double predicted,
      double pCtr,
      double pCvr,
      int exposures,
      boolean clicked,
      long conversionValueMicros) {}

  /**
   * The record of {@code s}; {@code scored} is how the engine scored the ad, with the feature
   * snapshots it logged (null against a remote engine: the snapshots are then empty).
   */
  static ImpressionRecord of(
      PolicyRun.Served s,
      Policy policy,
      SimCreative creative,
      Outcome outcome,
      ScoredCandidate scored) {
    AdContext c = s.opportunity().context();
    ServedAdView ad = s.ad();
    boolean snapshots = scored != null && scored.hasFeatures();
    return new ImpressionRecord(
        s.decisionId(),
        s.opportunity().at().toString(),
        s.userKey(),
        s.opportunity().placementId(),
        ad.slot(),
        ad.advertiserId(),
        ad.campaignId(),
        ad.creativeId(),
        ad.bidType(),
        ad.priceMicros(),
        ad.ecpmMicros(),
        ad.propensity(),
        outcome.clicked(),
        outcome.conversionValueMicros() >= 0,
        snapshots ? scored.requestFeatures() : FeatureSnapshot.EMPTY,
        snapshots ? scored.candidateFeatures() : FeatureSnapshot.EMPTY,
        policy.wireName(),
        s.user().id(),
        s.user().isBot(),
        c.category(),
        creative.category(),
        outcome.bidMicros(),
        Double.isNaN(outcome.predicted()) ? null : outcome.predicted(),
        outcome.pCtr(),
        outcome.pCvr(),
        outcome.exposures(),
        Math.max(0, outcome.conversionValueMicros()));
  }
}
