package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.Instant;

/** A publisher's ad slot position (e.g. "home-top"); its floor is the auction's reserve price. */
public record Placement(String id, String name, long floorCpmMicros, Instant updatedAt) {
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
