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
 */
public record DecisionContext(
    String decisionId,
    String placementId,
    String userKey,
    Optional<UserProfile> profile,
    TargetingRequest targeting,
    float[] contextVector) {

  private static final float[] NONE = new float[0];

  public DecisionContext {
    contextVector = contextVector == null ? NONE : contextVector;
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
