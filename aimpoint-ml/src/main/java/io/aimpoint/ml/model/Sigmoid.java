package io.aimpoint.ml.model;

/** The logistic function, clamped so that predictions stay strictly inside (0, 1). */
final class Sigmoid {
  /** Beyond this margin the probability rounds to 0 or 1 in double precision. */
  private static final double MAX_MARGIN = 35;

  private Sigmoid() {}

  static double of(double margin) {
    double m = Math.max(-MAX_MARGIN, Math.min(MAX_MARGIN, margin));
    return 1.0 / (1.0 + Math.exp(-m));
  }
}
