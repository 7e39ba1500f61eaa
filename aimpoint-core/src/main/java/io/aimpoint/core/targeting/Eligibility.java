package io.aimpoint.core.targeting;

import java.util.EnumMap;
import java.util.Map;

/**
 * The outcome of an eligibility check: {@link Eligible} or {@link Ineligible} with the first
 * failing reason. Instances are shared constants, so checking millions of candidates allocates
 * nothing.
 */
public sealed interface Eligibility {
  /** The shared "may serve" outcome. */
  Eligibility ELIGIBLE = new Eligible();

  /** The shared outcome for {@code reason}. */
  static Eligibility because(IneligibilityReason reason) {
    return Ineligible.BY_REASON.get(reason);
  }

  /** Whether the candidate may serve. */
  default boolean isEligible() {
    return this instanceof Eligible;
  }

  /** May serve. */
  record Eligible() implements Eligibility {}

  /** May not serve, because of {@code reason}. */
  record Ineligible(IneligibilityReason reason) implements Eligibility {
    private static final Map<IneligibilityReason, Eligibility> BY_REASON = byReason();

    public Ineligible {
      if (reason == null) {
        throw new IllegalArgumentException("reason must not be null");
      }
    }

    private static Map<IneligibilityReason, Eligibility> byReason() {
      Map<IneligibilityReason, Eligibility> map = new EnumMap<>(IneligibilityReason.class);
      for (IneligibilityReason r : IneligibilityReason.values()) {
        map.put(r, new Ineligible(r));
      }
      return map;
    }
  }
}
