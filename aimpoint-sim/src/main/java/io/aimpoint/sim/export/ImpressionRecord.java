package io.aimpoint.sim.export;

import io.aimpoint.core.event.FeatureSnapshot;

/**
 * One served impression with its outcome, as exported for training and analysis: the columns of the
 * engine's own training lines ({@code io.aimpoint.ml.data.LoggedImpression}, the same keys and
 * meanings, so that {@code train --format logs} reads both), followed by the simulator's ground
 * truth. Field names are the JSON keys; see docs/simulator.md for each column's meaning.
 */
public record ImpressionRecord(
    String decisionId,
    String time,
    String userKey,
    String placementId,
    int slot,
    String advertiserId,
    String campaignId,
    String creativeId,
    String bidType,
    long priceMicros,
    long ecpmMicros,
    double propensity,
    boolean clicked,
    boolean converted,
    FeatureSnapshot request,
    FeatureSnapshot candidate,
    String policy,
    String userId,
    boolean bot,
    String pageCategory,
    String creativeCategory,
    long bidMicros,
    Double enginePCtr,
    double truePCtr,
    double truePCvr,
    int exposures,
    long conversionValueMicros) {

  public ImpressionRecord {
    request = request == null ? FeatureSnapshot.EMPTY : request;
    candidate = candidate == null ? FeatureSnapshot.EMPTY : candidate;
  }
}
