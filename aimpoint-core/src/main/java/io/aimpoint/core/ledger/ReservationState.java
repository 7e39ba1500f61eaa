package io.aimpoint.core.ledger;

/**
 * Where a budget reservation stands: {@code OPEN} holds budget until it expires, {@code COMMITTED}
 * was consumed by the billable event it was made for, {@code RELEASED} was given back (explicitly
 * or by the expiry sweep). Only an open, unexpired reservation holds budget.
 */
public enum ReservationState {
  OPEN,
  COMMITTED,
  RELEASED
}
