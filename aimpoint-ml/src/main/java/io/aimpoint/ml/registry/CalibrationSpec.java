package io.aimpoint.ml.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aimpoint.ml.eval.Calibrator;
import io.aimpoint.ml.eval.IsotonicCalibrator;
import io.aimpoint.ml.eval.PlattCalibrator;
import java.util.Locale;

/**
 * The calibration of a model's raw probabilities, as stored in the manifest: none, Platt ({@code
 * a}, {@code b}) or isotonic (its knots).
 *
 * @param method {@code none}, {@code platt} or {@code isotonic}
 * @param a Platt slope; null otherwise
 * @param b Platt intercept; null otherwise
 * @param knotScores isotonic knot scores; null otherwise
 * @param knotValues isotonic knot values; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalibrationSpec(
    String method, Double a, Double b, double[] knotScores, double[] knotValues) {

  /** How to calibrate after training. */
  public enum Method {
    /** Keep the raw probabilities. */
    NONE,
    /** Platt scaling: two parameters, robust on small validation sets. */
    PLATT,
    /** Isotonic regression: no shape assumed, needs thousands of positives. */
    ISOTONIC;

    /** Parses {@code none}, {@code platt} or {@code isotonic}. */
    public static Method parse(String id) {
      try {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown calibration; calibration=" + id + ", known: none, platt, isotonic", e);
      }
    }
  }

  /** No calibration. */
  public static final CalibrationSpec NONE = new CalibrationSpec("none", null, null, null, null);

  public CalibrationSpec {
    Method.parse(method);
  }

  /** The spec of a fitted calibrator ({@link PlattCalibrator}, {@link IsotonicCalibrator}). */
  public static CalibrationSpec of(Calibrator calibrator) {
    return switch (calibrator) {
      case PlattCalibrator p -> new CalibrationSpec("platt", p.a(), p.b(), null, null);
      case IsotonicCalibrator i ->
          new CalibrationSpec("isotonic", null, null, i.knotScores(), i.knotValues());
      default ->
          throw new IllegalArgumentException("cannot store calibrator; calibrator=" + calibrator);
    };
  }

  /** Rebuilds the calibrator; the identity for {@code none}. */
  public Calibrator calibrator() {
    return switch (Method.parse(method)) {
      case NONE -> p -> p;
      case PLATT -> new PlattCalibrator(a, b);
      case ISOTONIC -> IsotonicCalibrator.of(knotScores, knotValues);
    };
  }
}
