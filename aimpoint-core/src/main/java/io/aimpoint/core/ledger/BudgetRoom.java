package io.aimpoint.core.ledger;

import io.aimpoint.core.campaign.Budget;

/**
 * The budget arithmetic every {@link io.aimpoint.core.store.Ledger} implementation shares, so that
 * they cannot disagree on it. "Committed" amounts are spend plus what reservations hold.
 */
public final class BudgetRoom {
  private BudgetRoom() {}

  /**
   * The largest charge up to {@code requestedMicros} that keeps the day's and the lifetime
   * committed amounts within the budget; an absent limit does not cap. Never negative.
   */
  public static long cappedCharge(
      long requestedMicros,
      Budget budget,
      long committedTodayMicros,
      long committedLifetimeMicros) {
    long charge = requestedMicros;
    if (budget.dailyMicros() != null) {
      charge = Math.min(charge, budget.dailyMicros() - committedTodayMicros);
    }
    if (budget.lifetimeMicros() != null) {
      charge = Math.min(charge, budget.lifetimeMicros() - committedLifetimeMicros);
    }
    return Math.max(0, charge);
  }

  /** Whether {@code amountMicros} more fits entirely under both limits. */
  public static boolean fits(
      long amountMicros, Budget budget, long committedTodayMicros, long committedLifetimeMicros) {
    return cappedCharge(amountMicros, budget, committedTodayMicros, committedLifetimeMicros)
        == amountMicros;
  }
}
