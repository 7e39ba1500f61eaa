package io.aimpoint.ml.eval;

/**
 * Maps a model's predicted probability to a calibrated one: among impressions given {@code
 * calibrate(p) = q}, a fraction q is clicked. Fitted on held-out predictions, never on the model's
 * training data (the model is overconfident there). Implementations are immutable and thread-safe.
 */
public interface Calibrator {

  /** The calibrated probability of a raw predicted probability {@code p}. */
  double calibrate(double p);

  /** Calibrates every prediction into a new array. */
  default double[] calibrate(double[] ps) {
    double[] out = new double[ps.length];
    for (int i = 0; i < ps.length; i++) {
      out[i] = calibrate(ps[i]);
    }
    return out;
  }
}
