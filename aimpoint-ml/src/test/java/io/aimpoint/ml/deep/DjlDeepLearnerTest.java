package io.aimpoint.ml.deep;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.eval.Metrics;
import io.aimpoint.ml.model.FtrlOptions;
import io.aimpoint.ml.model.FtrlProximal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Training with DJL on PyTorch (loads the native library) and its parity with the Java model. */
class DjlDeepLearnerTest {
  private static final int BITS = 12;

  private static void train(DjlDeepLearner learner, List<Example> data, int epochs) {
    int size = learner.batchSize();
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int from = 0; from < data.size(); from += size) {
        learner.learn(data.subList(from, Math.min(data.size(), from + size)));
      }
    }
  }

  private static int[] labels(List<Example> data) {
    return data.stream().mapToInt(Example::label).toArray();
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void java_forward_matches_djl_forward(DeepArchitecture architecture) {
    List<Example> data = DeepTestData.interaction(1000, 5, new ArrayList<>());
    try (DjlDeepLearner learner =
        new DjlDeepLearner(DeepTestData.small(architecture), DeepTestData.FIELDS, BITS)) {
      train(learner, data, 2); // non-trivial weights
      List<Features> xs = data.subList(0, 300).stream().map(Example::features).toList();
      double[] djl = learner.predict(xs);
      DeepCtrModel java = learner.snapshot();
      double maxDiff = 0;
      for (int i = 0; i < xs.size(); i++) {
        maxDiff = Math.max(maxDiff, Math.abs(java.predict(xs.get(i)) - djl[i]));
      }
      assertThat(maxDiff).isLessThan(1e-5);
      double spread = Metrics.auc(djl, labels(data.subList(0, 300)));
      assertThat(spread).as("the weights must have learnt something").isGreaterThan(0.6);
    }
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void learns_a_planted_interaction_that_a_linear_model_cannot(DeepArchitecture architecture) {
    List<Double> truth = new ArrayList<>();
    List<Example> train = DeepTestData.interaction(4000, 1, new ArrayList<>());
    List<Example> test = DeepTestData.interaction(2000, 2, truth);
    FtrlProximal linear = new FtrlProximal(FtrlOptions.defaults().withBits(BITS));
    train.forEach(linear::learn);
    double[] linearScores = test.stream().mapToDouble(linear::predict).toArray();
    double[] deepScores;
    try (DjlDeepLearner learner =
        new DjlDeepLearner(DeepTestData.small(architecture), DeepTestData.FIELDS, BITS)) {
      train(learner, train, 4);
      deepScores = test.stream().mapToDouble(learner.snapshot()::predict).toArray();
    }
    int[] labels = labels(test);
    double bayes = Metrics.auc(truth.stream().mapToDouble(Double::doubleValue).toArray(), labels);
    double deepAuc = Metrics.auc(deepScores, labels);
    assertThat(Metrics.auc(linearScores, labels)).isLessThan(0.56);
    assertThat(deepAuc).isGreaterThan(bayes - 0.03);
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void the_same_seed_and_batches_give_the_same_model(DeepArchitecture architecture) {
    List<Example> data = DeepTestData.interaction(512, 3, new ArrayList<>());
    DeepOptions options = DeepTestData.small(architecture);
    DeepWeights a = trainedWeights(options, data);
    DeepWeights b = trainedWeights(options, data);
    DeepWeights c = trainedWeights(options.withSeed(12), data);
    assertThat(b.table()).containsExactly(a.table());
    assertThat(b.mlp()[0].weights()).containsExactly(a.mlp()[0].weights());
    assertThat(b.output().weights()).containsExactly(a.output().weights());
    assertThat(c.output().weights()).isNotEqualTo(a.output().weights());
  }

  private static DeepWeights trainedWeights(DeepOptions options, List<Example> data) {
    try (DjlDeepLearner learner = new DjlDeepLearner(options, DeepTestData.FIELDS, BITS)) {
      train(learner, data, 1);
      return learner.snapshot().weights();
    }
  }
}
