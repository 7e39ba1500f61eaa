package io.aimpoint.ml.deep;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic data and weights for the deep model tests. */
final class DeepTestData {
  static final int FIELDS = 4;
  static final int CARDINALITY = 20;

  private DeepTestData() {}

  /**
   * A planted pairwise interaction with no main effect: values of fields 0 and 1 carry hidden signs
   * and {@code logit(p) = -1 + 2 sign(a) sign(b)}; field 2 is noise; field 3 is multi-valued (two
   * features, values 0.5 and 1.5) and also noise. A linear model can do no better than AUC 0.5.
   */
  static List<Example> interaction(int n, long seed, List<Double> truth) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Example> examples = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      int a = random.nextInt(CARDINALITY);
      int b = random.nextInt(CARDINALITY);
      double margin = -1 + 2 * sign(a) * sign(b);
      double p = 1 / (1 + Math.exp(-margin));
      Features x =
          Features.builder()
              .add(0, a)
              .add(1, 100 + b)
              .add(2, 200 + random.nextInt(CARDINALITY))
              .add(3, 300 + random.nextInt(CARDINALITY), 0.5f)
              .add(3, 300 + random.nextInt(CARDINALITY), 1.5f)
              .build();
      truth.add(p);
      examples.add(new Example(random.nextDouble() < p ? 1 : 0, x));
    }
    return examples;
  }

  private static int sign(int value) {
    return value % 2 == 0 ? 1 : -1;
  }

  /** Weights with every array N(0, std), so that every term of the forward pass matters. */
  static DeepWeights randomWeights(DeepOptions options, int fields, int bits, double std) {
    DeepWeights w = DeepWeights.initial(options, fields, bits);
    SplittableRandom random = new SplittableRandom(options.seed() + 1);
    fill(w.table(), std, random);
    fill(w.linear(), std, random);
    fill(w.bias(), std, random);
    for (Dense d : w.mlp()) {
      fill(d.bias(), std, random);
    }
    for (Dense d : w.cross()) {
      fill(d.weights(), std / 4, random);
      fill(d.bias(), std, random);
    }
    fill(w.output().bias(), std, random);
    return w;
  }

  private static void fill(float[] a, double std, SplittableRandom random) {
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) (random.nextGaussian() * std);
    }
  }

  /** Small networks that train in seconds. */
  static DeepOptions small(DeepArchitecture architecture) {
    return DeepOptions.defaults()
        .withArchitecture(architecture)
        .withHidden(List.of(32, 16))
        .withBatchSize(128)
        .withLearningRate(1e-2)
        .withSeed(11);
  }
}
