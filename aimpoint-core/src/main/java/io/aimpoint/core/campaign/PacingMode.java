package io.aimpoint.core.campaign;

/** How a daily budget is spread over the day. */
public enum PacingMode {
  /** Spread the daily budget evenly over the day's traffic. */
  EVEN,
  /** Spend as fast as traffic allows. */
  ASAP
}
