package io.aimpoint.ml.eval;

/**
 * Platt scaling: {@code q = sigmoid(a * logit(p) + b)}, fitted by Newton's method on the log-loss
 * of held-out predictions, with Platt's smoothed targets {@code (N+ + 1) / (N+ + 2)} and {@code 1 /
 * (N- + 2)} against overfitting small sets (J. Platt, 1999; the robust Newton iteration of Lin, Lin
 * and Weng, "A note on Platt's probabilistic outputs", 2007). Working on the logit makes {@code a =
 * 1, b = 0} the identity, where the fit starts.
 *
 * @param a slope on the raw logit
 * @param b intercept
 */
public record PlattCalibrator(double a, double b) implements Calibrator {
  private static final double EPS = 1e-12;
  private static final int MAX_ITERATIONS = 100;

  @Override
  public double calibrate(double p) {
    double z = a * logit(p) + b;
    return 1 / (1 + Math.exp(-z));
  }

  /** Fits on held-out predictions and their labels. */
  public static PlattCalibrator fit(double[] scores, int[] labels) {
    Metrics.check(scores, labels);
    int positives = 0;
    for (int y : labels) {
      positives += y;
    }
    double hi = (positives + 1.0) / (positives + 2.0);
    double lo = 1.0 / (scores.length - positives + 2.0);
    double[] f = new double[scores.length];
    double[] t = new double[scores.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = logit(scores[i]);
      t[i] = labels[i] == 1 ? hi : lo;
    }
    return newton(f, t);
  }

  private static PlattCalibrator newton(double[] f, double[] t) {
    double a = 1;
    double b = 0;
    double loss = loss(f, t, a, b);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double ga = 0, gb = 0, haa = EPS, hab = 0, hbb = EPS;
      for (int i = 0; i < f.length; i++) {
        double q = 1 / (1 + Math.exp(-(a * f[i] + b)));
        double d = q - t[i];
        double w = Math.max(q * (1 - q), EPS);
        ga += d * f[i];
        gb += d;
        haa += w * f[i] * f[i];
        hab += w * f[i];
        hbb += w;
      }
      if (Math.abs(ga) < 1e-9 * f.length && Math.abs(gb) < 1e-9 * f.length) {
        break;
      }
      double det = haa * hbb - hab * hab;
      double da = -(hbb * ga - hab * gb) / det;
      double db = -(haa * gb - hab * ga) / det;
      double step = 1;
      double next = loss(f, t, a + da, b + db);
      while (next > loss + 1e-4 * step * (ga * da + gb * db) && step > 1e-10) {
        step /= 2;
        next = loss(f, t, a + step * da, b + step * db);
      }
      if (step <= 1e-10) {
        break; // no descent possible: at the optimum up to rounding
      }
      a += step * da;
      b += step * db;
      loss = next;
    }
    return new PlattCalibrator(a, b);
  }

  private static double loss(double[] f, double[] t, double a, double b) {
    double sum = 0;
    for (int i = 0; i < f.length; i++) {
      double z = a * f[i] + b;
      sum += t[i] * log1pExp(-z) + (1 - t[i]) * log1pExp(z);
    }
    return sum;
  }

  /** log(1 + e^x) without overflow. */
  private static double log1pExp(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }

  private static double logit(double p) {
    double c = Math.min(1 - EPS, Math.max(EPS, p));
    return Math.log(c / (1 - c));
  }
}
