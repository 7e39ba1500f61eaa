package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;

/**
 * A bid: {@code amountMicros} per thousand impressions (CPM), per click (CPC) or per conversion
 * (CPA).
 */
public record Bid(BidType type, long amountMicros) {
  /** One billion micros = 1000 currency units: an upper bound that catches unit mistakes. */
  public static final long MAX_AMOUNT_MICROS = 1_000_000_000L;

  void validate(Errors errors) {
    errors.require(type != null, "type", "is required (CPM, CPC or CPA)");
    errors.require(
        amountMicros > 0 && amountMicros <= MAX_AMOUNT_MICROS,
        "amountMicros",
        "must be in 1.." + MAX_AMOUNT_MICROS + " (was " + amountMicros + ")");
  }
}
