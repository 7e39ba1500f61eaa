package io.aimpoint.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.eval.Metrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorizationMachineTest {
  private static final long SEED = 2010L;
  private static final FmOptions OPTIONS =
      FmOptions.defaults()
          .withLinear(FtrlOptions.defaults().withBits(16).withRegularization(0.1, 1))
          .withFactors(4)
          .withSeed(SEED);

  private static <M extends OnlineLearner> M trained(M model, List<Example> examples, int passes) {
    for (int p = 0; p < passes; p++) {
      examples.forEach(model::learn);
    }
    return model;
  }

  @Test
  void learns_a_pairwise_interaction_that_logistic_regression_cannot() {
    SyntheticCtr data = SyntheticCtr.xor(120_000, 20, 2.0, SEED);
    SyntheticCtr train = data.slice(0, 100_000);
    SyntheticCtr test = data.slice(100_000, 120_000);
    FactorizationMachine fm = trained(new FactorizationMachine(OPTIONS), train.examples, 2);
    FtrlProximal lr = trained(new FtrlProximal(OPTIONS.linear()), train.examples, 2);
    double bayes = Metrics.auc(test.truth(), test.labels());
    double fmAuc = Metrics.auc(test.predict(fm), test.labels());
    double lrAuc = Metrics.auc(test.predict(lr), test.labels());
    assertThat(lrAuc).as("seed=%d", SEED).isLessThan(0.55);
    assertThat(fmAuc).as("seed=%d, Bayes %.4f", SEED, bayes).isGreaterThan(bayes - 0.01);
    assertThat(fmAuc - lrAuc).isGreaterThan(0.15);
  }

  @Test
  void is_as_good_as_logistic_regression_on_additive_data() {
    SyntheticCtr data = SyntheticCtr.logistic(120_000, 10, 40, 0.5, -2, SEED);
    SyntheticCtr test = data.slice(100_000, 120_000);
    FactorizationMachine fm =
        trained(new FactorizationMachine(OPTIONS), data.slice(0, 100_000).examples, 1);
    double bayes = Metrics.auc(test.truth(), test.labels());
    assertThat(Metrics.auc(test.predict(fm), test.labels())).isGreaterThan(bayes - 0.02);
  }

  @Test
  void batch_scoring_equals_predicting_each_candidate_with_the_shared_features() {
    SyntheticCtr data = SyntheticCtr.logistic(20_000, 6, 30, 0.5, -2, SEED);
    FactorizationMachine fm = trained(new FactorizationMachine(OPTIONS), data.examples, 1);
    Features user = Features.oneHot(new int[] {0, 1, 2}, new int[] {3, 40, 75});
    List<Features> ads =
        List.of(
            Features.oneHot(new int[] {3, 4}, new int[] {95, 130}),
            Features.of(new int[] {3, 5}, new int[] {100, 170}, new float[] {0.5f, 2f}),
            Features.empty());
    double[] scores = fm.score(user, ads);
    for (int i = 0; i < ads.size(); i++) {
      assertThat(scores[i]).isCloseTo(fm.predict(Features.concat(user, ads.get(i))), within(1e-12));
    }
  }

  @Test
  void unseen_features_add_no_interaction() {
    FactorizationMachine fm = new FactorizationMachine(OPTIONS);
    Features unseen = Features.oneHot(new int[] {0, 1}, new int[] {1, 2});
    assertThat(fm.margin(unseen)).isZero();
  }

  @Test
  void same_seed_and_data_give_the_same_model() {
    SyntheticCtr data = SyntheticCtr.xor(5_000, 10, 2.0, SEED);
    FactorizationMachine a = trained(new FactorizationMachine(OPTIONS), data.examples, 1);
    FactorizationMachine b = trained(new FactorizationMachine(OPTIONS), data.examples, 1);
    FactorizationMachine c =
        trained(new FactorizationMachine(OPTIONS.withSeed(SEED + 1)), data.examples, 1);
    assertThat(data.predict(a)).containsExactly(data.predict(b));
    assertThat(data.predict(a)).isNotEqualTo(data.predict(c));
  }

  @Test
  void save_and_load_give_identical_predictions_and_training() throws IOException {
    SyntheticCtr data = SyntheticCtr.xor(30_000, 20, 2.0, SEED);
    FactorizationMachine fm =
        trained(new FactorizationMachine(OPTIONS), data.examples.subList(0, 20_000), 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fm.save(bytes);
    FactorizationMachine loaded =
        FactorizationMachine.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(loaded.options()).isEqualTo(fm.options());
    assertThat(data.predict(loaded)).containsExactly(data.predict(fm));
    for (Example e : data.examples.subList(20_000, 30_000)) {
      assertThat(loaded.learn(e)).isEqualTo(fm.learn(e));
    }
  }
}
