package io.aimpoint.core.event;

import java.util.Objects;

/**
 * Which combination of a dynamic creative was served, and in which learning segment: the key under
 * which its impression and click are credited (see {@code io.aimpoint.engine.creative}).
 *
 * @param combinationId a {@link io.aimpoint.core.campaign.VariantCombination#id()}, e.g. {@code
 *     t1-b0-i2}
 * @param segment the segment the choice was learned in: {@code seg:<segmentId>} (the user's primary
 *     audience segment) or {@code ctx:<placementId>} (users without consent or segments)
 */
public record ServedVariant(String combinationId, String segment) {
  public ServedVariant {
    Objects.requireNonNull(combinationId, "combinationId");
    Objects.requireNonNull(segment, "segment");
  }
}
