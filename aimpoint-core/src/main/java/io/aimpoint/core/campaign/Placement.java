package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.Instant;

/**
 * A publisher's ad slot position (e.g. "home-top"); its floor is the auction's reserve price.
 *
 * @param categoryExclusive whether its responses never show two ads of one creative category (a
 *     request may still ask otherwise); null, as in placements stored before the option, is off
 */
public record Placement(
    String id, String name, long floorCpmMicros, Boolean categoryExclusive, Instant updatedAt) {
  /** A placement without category exclusivity. */
  public Placement(String id, String name, long floorCpmMicros, Instant updatedAt) {
    this(id, name, floorCpmMicros, null, updatedAt);
  }

  /** Whether responses of this placement are category-exclusive unless a request says otherwise. */
  public boolean exclusiveByCategory() {
    return Boolean.TRUE.equals(categoryExclusive);
  }

  public void validate() {
    Errors errors = new Errors();
    errors.requireText(id, "id", 64);
    errors.optionalText(name, "name", 200);
    errors.require(
        floorCpmMicros >= 0 && floorCpmMicros <= Bid.MAX_AMOUNT_MICROS,
        "floorCpmMicros",
        "must be in 0.." + Bid.MAX_AMOUNT_MICROS + " (was " + floorCpmMicros + ")");
    errors.throwIfAny();
  }
}
