package io.aimpoint.ml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.eval.Metrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FtrlProximalTest {
  private static final long SEED = 20130811L;

  private static FtrlProximal trained(List<Example> examples, FtrlOptions options) {
    FtrlProximal model = new FtrlProximal(options);
    examples.forEach(model::learn);
    return model;
  }

  @Test
  void reaches_the_bayes_optimal_auc_on_logistic_data() {
    SyntheticCtr data = SyntheticCtr.logistic(350_000, 20, 50, 0.5, -2.5, SEED);
    SyntheticCtr train = data.slice(0, 300_000);
    SyntheticCtr test = data.slice(300_000, 350_000);
    FtrlProximal model =
        trained(train.examples, FtrlOptions.defaults().withRegularization(0.1, 1.0));
    double bayes = Metrics.auc(test.truth(), test.labels());
    double auc = Metrics.auc(test.predict(model), test.labels());
    assertThat(auc).as("seed=%d, Bayes-optimal AUC %.4f", SEED, bayes).isGreaterThan(bayes - 0.01);
    assertThat(Metrics.logLoss(test.predict(model), test.labels()))
        .isLessThan(Metrics.logLoss(test.truth(), test.labels()) + 0.005);
  }

  @Test
  void learn_returns_the_prediction_made_before_the_update() {
    FtrlProximal model = new FtrlProximal(FtrlOptions.defaults().withBits(10));
    Example e = new Example(1, Features.oneHot(new int[] {0}, new int[] {3}));
    double before = model.predict(e);
    assertThat(model.learn(e)).isEqualTo(before);
    assertThat(before).isEqualTo(0.5);
    assertThat(model.predict(e)).isGreaterThan(0.5);
  }

  @Test
  void strong_l1_keeps_rare_features_at_exactly_zero() {
    SyntheticCtr data = SyntheticCtr.logistic(20_000, 5, 1000, 0.5, -2, SEED);
    FtrlProximal sparse = trained(data.examples, FtrlOptions.defaults().withRegularization(5, 1));
    FtrlProximal dense = trained(data.examples, FtrlOptions.defaults().withRegularization(0, 1));
    assertThat(sparse.nonZeroWeights()).isLessThan(dense.nonZeroWeights() / 2);
    assertThat(dense.nonZeroWeights()).isGreaterThan(4000);
  }

  @Test
  void batch_scoring_equals_predicting_each_candidate_with_the_shared_features() {
    SyntheticCtr data = SyntheticCtr.logistic(20_000, 6, 30, 0.5, -2, SEED);
    FtrlProximal model = trained(data.examples, FtrlOptions.defaults().withBits(16));
    Features user = Features.oneHot(new int[] {0, 1, 2}, new int[] {3, 40, 75});
    List<Features> ads =
        List.of(
            Features.oneHot(new int[] {3, 4}, new int[] {95, 130}),
            Features.oneHot(new int[] {3, 5}, new int[] {100, 170}),
            Features.empty());
    double[] scores = model.score(user, ads);
    for (int i = 0; i < ads.size(); i++) {
      assertThat(scores[i])
          .isCloseTo(model.predict(Features.concat(user, ads.get(i))), within(1e-12));
    }
    assertThatThrownBy(() -> model.score(user, ads, new double[2]))
        .hasMessageContaining("out.length=2");
  }

  @Test
  void save_and_load_give_identical_predictions_and_training() throws IOException {
    SyntheticCtr data = SyntheticCtr.logistic(30_000, 10, 40, 0.5, -2, SEED);
    FtrlProximal model =
        trained(data.examples.subList(0, 20_000), FtrlOptions.defaults().withBits(18));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    FtrlProximal loaded = FtrlProximal.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(loaded.options()).isEqualTo(model.options());
    assertThat(data.predict(loaded)).containsExactly(data.predict(model));
    for (Example e : data.examples.subList(20_000, 30_000)) {
      assertThat(loaded.learn(e)).isEqualTo(model.learn(e));
    }
  }

  @Test
  void refuses_to_load_another_kind_of_model() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new FactorizationMachine(FmOptions.defaults().withLinear(FtrlOptions.defaults().withBits(8)))
        .save(bytes);
    assertThatThrownBy(() -> FtrlProximal.load(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("kind=factorization-machine");
    assertThatThrownBy(() -> FtrlProximal.load(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("magic");
  }

  @Test
  void rejects_invalid_options_naming_the_value() {
    assertThatThrownBy(() -> new FtrlOptions(0, 1, 1, 1, 20)).hasMessageContaining("alpha=0.0");
    assertThatThrownBy(() -> FtrlOptions.defaults().withBits(30)).hasMessageContaining("bits=30");
  }
}
