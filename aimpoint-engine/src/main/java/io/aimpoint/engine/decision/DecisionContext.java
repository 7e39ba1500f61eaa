package io.aimpoint.engine.decision;

import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.UserProfile;
import java.util.Optional;

/**
 * What the pipeline stages know about one decision. {@code profile} is present only with profiling
 * consent and a stored profile; {@code targeting} carries the merged demographics and the context.
 *
 * @param contextVector the unit-length text embedding of the request's context (page text, query),
 *     empty when there is no embedder or no context text; shared, never modify it
 * @param page the request's page as sent (URL, keywords, query), for the features that need more
 *     than targeting keeps (the site, whether it is a search); null when the request had none
 */
public record DecisionContext(
    String decisionId,
    String placementId,
    String userKey,
    Optional<UserProfile> profile,
    TargetingRequest targeting,
    float[] contextVector,
    AdRequest.Context page) {

  private static final float[] NONE = new float[0];

  public DecisionContext {
    contextVector = contextVector == null ? NONE : contextVector;
  }

  /** A context without the request's page. */
  public DecisionContext(
      String decisionId,
      String placementId,
      String userKey,
      Optional<UserProfile> profile,
      TargetingRequest targeting,
      float[] contextVector) {
    this(decisionId, placementId, userKey, profile, targeting, contextVector, null);
  }

  /** This context with the request's page. */
  public DecisionContext withPage(AdRequest.Context newPage) {
    return new DecisionContext(
        decisionId, placementId, userKey, profile, targeting, contextVector, newPage);
  }

  /** A context without a text embedding. */
  public DecisionContext(
      String decisionId,
      String placementId,
      String userKey,
      Optional<UserProfile> profile,
      TargetingRequest targeting) {
    this(decisionId, placementId, userKey, profile, targeting, NONE);
  }

  /** Whether the context text was embedded. */
  public boolean hasContextVector() {
    return contextVector.length > 0;
  }
}
