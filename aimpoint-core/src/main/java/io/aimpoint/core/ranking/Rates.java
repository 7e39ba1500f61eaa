package io.aimpoint.core.ranking;

/**
 * Predicted probabilities for one candidate: {@code pCtr} that an impression is clicked, {@code
 * pCvr} that a click converts. Both in [0, 1].
 */
public record Rates(double pCtr, double pCvr) {
  public Rates {
    if (!(pCtr >= 0 && pCtr <= 1) || !(pCvr >= 0 && pCvr <= 1)) {
      throw new IllegalArgumentException(
          "rates must be in [0, 1]; pCtr=" + pCtr + ", pCvr=" + pCvr);
    }
  }
}
