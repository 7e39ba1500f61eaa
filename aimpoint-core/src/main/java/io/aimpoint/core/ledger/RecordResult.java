package io.aimpoint.core.ledger;

/**
 * Outcome of {@code Ledger.record}: {@code duplicate} if the key was recorded before (then {@code
 * chargedMicros} is what was charged the first time); {@code chargedMicros} may be below the
 * request when the budget ran out.
 */
public record RecordResult(boolean duplicate, long chargedMicros) {}
