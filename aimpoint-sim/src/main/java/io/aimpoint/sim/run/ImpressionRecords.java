package io.aimpoint.sim.run;

import io.aimpoint.core.user.Demographics;
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

  static ImpressionRecord of(
      PolicyRun.Served s, Policy policy, SimCreative creative, Outcome outcome) {
    Demographics d = s.user().demographics();
    AdContext c = s.opportunity().context();
    ServedAdView ad = s.ad();
    return new ImpressionRecord(
        s.decisionId(),
        s.opportunity().at().toString(),
        policy.wireName(),
        s.userKey(),
        s.user().id(),
        d.age(),
        d.gender() == null ? null : d.gender().name(),
        d.geo().country(),
        d.geo().region(),
        d.geo().city(),
        d.device() == null ? null : d.device().name(),
        s.user().traits().consent(),
        s.user().isBot(),
        s.opportunity().placementId(),
        ad.slot(),
        c.url(),
        c.category(),
        c.language().code(),
        c.keywords(),
        c.query(),
        ad.advertiserId(),
        ad.campaignId(),
        ad.creativeId(),
        creative.category(),
        creative.creative().language(),
        ad.bidType(),
        outcome.bidMicros(),
        ad.priceMicros(),
        ad.ecpmMicros(),
        ad.propensity(),
        Double.isNaN(outcome.predicted()) ? null : outcome.predicted(),
        outcome.pCtr(),
        outcome.pCvr(),
        outcome.exposures(),
        outcome.clicked(),
        outcome.conversionValueMicros() >= 0,
        Math.max(0, outcome.conversionValueMicros()));
  }
}
