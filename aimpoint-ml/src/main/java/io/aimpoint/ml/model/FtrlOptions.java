package io.aimpoint.ml.model;

/**
 * Hyper-parameters of FTRL-Proximal (McMahan et al. 2013).
 *
 * @param alpha learning-rate scale: the per-coordinate rate is {@code alpha / (beta + sqrt(n))}
 * @param beta learning-rate smoothing; 1 is usually fine
 * @param l1 L1 strength: coordinates whose {@code |z| <= l1} have weight exactly zero (sparsity)
 * @param l2 L2 strength
 * @param bits the weight array holds {@code 2^bits} coordinates; feature indices are folded into it
 */
public record FtrlOptions(double alpha, double beta, double l1, double l2, int bits) {
  /** Largest supported {@code bits}: the model keeps two floats per coordinate in one array. */
  public static final int MAX_BITS = 29;

  public FtrlOptions {
    if (!(alpha > 0) || !(beta >= 0) || !(l1 >= 0) || !(l2 >= 0)) {
      throw new IllegalArgumentException(
          "need alpha > 0, beta >= 0, l1 >= 0, l2 >= 0; alpha="
              + alpha
              + ", beta="
              + beta
              + ", l1="
              + l1
              + ", l2="
              + l2);
    }
    if (bits < 1 || bits > MAX_BITS) {
      throw new IllegalArgumentException("bits must be in 1.." + MAX_BITS + "; bits=" + bits);
    }
  }

  /** alpha 0.1, beta 1, l1 1, l2 1, 2^22 weights: the values of McMahan et al.'s experiments. */
  public static FtrlOptions defaults() {
    return new FtrlOptions(0.1, 1.0, 1.0, 1.0, 22);
  }

  public FtrlOptions withAlpha(double newAlpha) {
    return new FtrlOptions(newAlpha, beta, l1, l2, bits);
  }

  public FtrlOptions withRegularization(double newL1, double newL2) {
    return new FtrlOptions(alpha, beta, newL1, newL2, bits);
  }

  public FtrlOptions withBits(int newBits) {
    return new FtrlOptions(alpha, beta, l1, l2, newBits);
  }
}
