package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic click data with known true probabilities, so that tests can compare a model to
 * the Bayes-optimal predictor.
 */
final class SyntheticCtr {
  final List<Example> examples = new ArrayList<>();
  final List<Double> trueProbabilities = new ArrayList<>();

  /**
   * Logistic data: {@code fields} one-hot fields of {@code cardinality} values each (feature index
   * {@code field * cardinality + value}), true weights N(0, weightStd), intercept {@code bias}.
   */
  static SyntheticCtr logistic(
      int n, int fields, int cardinality, double weightStd, double bias, long seed) {
    SplittableRandom weights = new SplittableRandom(seed);
    double[] w = new double[fields * cardinality];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.nextGaussian() * weightStd;
    }
    SyntheticCtr data = new SyntheticCtr();
    SplittableRandom random = new SplittableRandom(seed + 1);
    for (int e = 0; e < n; e++) {
      int[] f = new int[fields];
      int[] idx = new int[fields];
      double margin = bias;
      for (int j = 0; j < fields; j++) {
        f[j] = j;
        idx[j] = j * cardinality + random.nextInt(cardinality);
        margin += w[idx[j]];
      }
      data.add(f, idx, 1 / (1 + Math.exp(-margin)), random);
    }
    return data;
  }

  /**
   * A pure pairwise interaction with no main effect: each value of fields A and B has a hidden sign
   * and {@code logit(p) = strength * sign(a) * sign(b)} (an XOR of the signs), plus a noise field.
   */
  static SyntheticCtr xor(int n, int cardinality, double strength, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] sign = new int[2 * cardinality];
    for (int i = 0; i < sign.length; i++) {
      sign[i] = i % 2 == 0 ? 1 : -1; // balanced, so that no value has a main effect
    }
    SyntheticCtr data = new SyntheticCtr();
    for (int e = 0; e < n; e++) {
      int a = random.nextInt(cardinality);
      int b = cardinality + random.nextInt(cardinality);
      int noise = 2 * cardinality + random.nextInt(cardinality);
      double margin = strength * sign[a] * sign[b];
      data.add(new int[] {0, 1, 2}, new int[] {a, b, noise}, 1 / (1 + Math.exp(-margin)), random);
    }
    return data;
  }

  private void add(int[] fields, int[] indices, double p, SplittableRandom random) {
    int label = random.nextDouble() < p ? 1 : 0;
    examples.add(new Example(label, Features.oneHot(fields, indices)));
    trueProbabilities.add(p);
  }

  /** Examples {@code [from, to)} as a new data set. */
  SyntheticCtr slice(int from, int to) {
    SyntheticCtr part = new SyntheticCtr();
    part.examples.addAll(examples.subList(from, to));
    part.trueProbabilities.addAll(trueProbabilities.subList(from, to));
    return part;
  }

  int[] labels() {
    return examples.stream().mapToInt(Example::label).toArray();
  }

  double[] truth() {
    return trueProbabilities.stream().mapToDouble(Double::doubleValue).toArray();
  }

  double[] predict(CtrModel model) {
    return examples.stream().mapToDouble(model::predict).toArray();
  }
}
