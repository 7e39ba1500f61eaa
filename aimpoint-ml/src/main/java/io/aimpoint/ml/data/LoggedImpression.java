package io.aimpoint.ml.data;

import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.core.event.ServedAd;

/**
 * One served and impressed ad as training reads it: one line of an impression log ({@code
 * ./aimpoint export-training}, and the simulator's {@code --export-logs}, which adds its ground
 * truth columns to the same keys). The features are rebuilt from the two raw snapshots with the
 * model's own feature spec; see docs/features.md.
 *
 * @param decisionId the decision that served the ad
 * @param time the decision time, ISO-8601
 * @param userKey the pseudonymous user (the group of group AUC)
 * @param placementId where the ad was shown
 * @param slot the 0-based position in the decision
 * @param advertiserId the ad's advertiser
 * @param campaignId the ad's campaign
 * @param creativeId the ad's creative
 * @param bidType CPM, CPC or CPA
 * @param priceMicros the price per billable unit it was served at
 * @param ecpmMicros the eCPM it won with
 * @param propensity the probability the serving policy chose it with
 * @param clicked whether the impression was clicked (the CTR label)
 * @param converted whether a conversion was attributed to its click (the CVR label)
 * @param request the request side's raw feature snapshot, as logged with the decision
 * @param candidate the ad's raw feature snapshot, as logged with the decision
 */
public record LoggedImpression(
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
    FeatureSnapshot candidate) {

  /**
   * The candidate-side source of the ad's 0-based position. Serving scores every candidate as if in
   * the top slot (position 0), since the slot is decided by the auction after scoring; training
   * puts the line's real {@code slot} there ({@code LogsReader}), so that a model learns how
   * position lowers clicks apart from how the ad does, instead of crediting top-slot ads with the
   * position's effect.
   */
  public static final String POSITION = "context.position";

  public LoggedImpression {
    request = request == null ? FeatureSnapshot.EMPTY : request;
    candidate = candidate == null ? FeatureSnapshot.EMPTY : candidate;
  }

  /**
   * The line of ad {@code ad} (its index in {@code decision.ads()}) of a decision logged with
   * feature snapshots, labelled {@code clicked} and {@code converted}.
   */
  public static LoggedImpression of(
      DecisionMade decision, int ad, boolean clicked, boolean converted) {
    ServedAd served = decision.ads().get(ad);
    return new LoggedImpression(
        decision.eventId(),
        decision.occurredAt().toString(),
        decision.userKey(),
        decision.placementId(),
        served.slot(),
        served.advertiserId(),
        served.campaignId(),
        served.creativeId(),
        served.bidType().name(),
        served.priceMicros(),
        served.ecpmMicros(),
        served.propensity(),
        clicked,
        converted,
        decision.requestFeatures(),
        decision.adFeatures().get(ad));
  }
}
