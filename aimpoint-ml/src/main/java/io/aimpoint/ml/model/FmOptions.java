package io.aimpoint.ml.model;

/**
 * Hyper-parameters of the {@link FactorizationMachine}.
 *
 * @param linear FTRL-Proximal options of the intercept and linear weights; its {@code bits} sizes
 *     the hashed space of both the linear weights and the factor vectors
 * @param factors the factor dimension k
 * @param learningRate AdaGrad step size of the factors
 * @param factorL2 L2 strength on the factors
 * @param initStd standard deviation of the (uniform) initial factors
 * @param seed seeds the initial factors; the same seed gives the same model
 */
public record FmOptions(
    FtrlOptions linear,
    int factors,
    double learningRate,
    double factorL2,
    double initStd,
    long seed) {

  public FmOptions {
    if (factors < 1 || factors > 256) {
      throw new IllegalArgumentException("factors must be in 1..256; factors=" + factors);
    }
    if (!(learningRate > 0) || !(factorL2 >= 0) || !(initStd >= 0)) {
      throw new IllegalArgumentException(
          "need learningRate > 0, factorL2 >= 0, initStd >= 0; learningRate="
              + learningRate
              + ", factorL2="
              + factorL2
              + ", initStd="
              + initStd);
    }
    long floats = (2L * factors) << linear.bits();
    if (floats > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "factor table too large: 2 * factors * 2^bits must fit an array; factors="
              + factors
              + ", bits="
              + linear.bits());
    }
  }

  /**
   * k = 8, AdaGrad rate 0.05, factor L2 1e-5, init std 0.01, seed 42, over 2^20 hashed slots with
   * FTRL defaults (alpha 0.1, beta 1, l1 1, l2 1) for the linear part. The factor table takes
   * {@code 2 * k * 4} bytes per slot: 64 MiB here.
   */
  public static FmOptions defaults() {
    return new FmOptions(FtrlOptions.defaults().withBits(20), 8, 0.05, 1e-5, 0.01, 42);
  }

  public int bits() {
    return linear.bits();
  }

  public FmOptions withLinear(FtrlOptions newLinear) {
    return new FmOptions(newLinear, factors, learningRate, factorL2, initStd, seed);
  }

  public FmOptions withFactors(int newFactors) {
    return new FmOptions(linear, newFactors, learningRate, factorL2, initStd, seed);
  }

  public FmOptions withLearningRate(double newLearningRate) {
    return new FmOptions(linear, factors, newLearningRate, factorL2, initStd, seed);
  }

  public FmOptions withSeed(long newSeed) {
    return new FmOptions(linear, factors, learningRate, factorL2, initStd, newSeed);
  }
}
