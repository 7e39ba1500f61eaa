package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import java.util.List;

/**
 * A model of the probability that an impression is clicked.
 *
 * <p>Serving scores many candidate ads for one request. The request-side features (user, context)
 * are the same for all of them, so {@link #score(Features, List, double[])} takes them once and
 * each model does its shared work once: for every candidate {@code c}, the result equals {@code
 * predict(Features.concat(shared, c))} up to floating-point rounding. Implementations are safe for
 * concurrent scoring.
 */
public interface CtrModel {

  /** The click probability, in (0, 1), of an impression with these features. */
  double predict(Features features);

  /** The click probability of an example's features; its label is not used. */
  default double predict(Example example) {
    return predict(example.features());
  }

  /**
   * Scores each candidate together with the shared request-side features, writing the click
   * probability of {@code candidates.get(i)} to {@code out[i]}.
   *
   * @throws IllegalArgumentException if {@code out} is shorter than {@code candidates}
   */
  void score(Features shared, List<Features> candidates, double[] out);

  /** Like {@link #score(Features, List, double[])}, into a new array. */
  default double[] score(Features shared, List<Features> candidates) {
    double[] out = new double[candidates.size()];
    score(shared, candidates, out);
    return out;
  }

  /** Checks the output array of {@link #score(Features, List, double[])}. */
  static void checkOut(List<Features> candidates, double[] out) {
    if (out.length < candidates.size()) {
      throw new IllegalArgumentException(
          "out is shorter than candidates; out.length="
              + out.length
              + ", candidates="
              + candidates.size());
    }
  }
}
