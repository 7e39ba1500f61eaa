package io.aimpoint.engine.decision;

import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.UserProfile;
import java.util.Optional;

/**
 * What the pipeline stages know about one decision. {@code profile} is present only with profiling
 * consent and a stored profile; {@code targeting} carries the merged demographics and the context.
 */
public record DecisionContext(
    String decisionId,
    String placementId,
    String userKey,
    Optional<UserProfile> profile,
    TargetingRequest targeting) {}
