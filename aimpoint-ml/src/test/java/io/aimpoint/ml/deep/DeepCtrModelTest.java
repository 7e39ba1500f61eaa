package io.aimpoint.ml.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plain-Java forward pass; needs no native library. */
class DeepCtrModelTest {

  private static DeepCtrModel model(DeepArchitecture architecture) {
    DeepOptions options = DeepTestData.small(architecture).withEmbeddingDim(6);
    return new DeepCtrModel(DeepTestData.randomWeights(options, 6, 12, 0.3));
  }

  private static Features request(int seed) {
    return Features.builder()
        .add(0, 17 + seed)
        .add(1, 900 + seed, 0.5f)
        .add(2, 4000)
        .add(2, 4001, 2f) // a multi-valued field
        .add(5, 77) // also carried by candidates
        .build();
  }

  private static List<Features> candidates(int n) {
    List<Features> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cs.add(
          Features.builder()
              .add(3, 1000 + i)
              .add(4, 2000 + i % 3, 1.5f)
              .add(5, 3000 + i) // the same field as one request feature
              .add(2, 5000 + i) // and one more value of a multi-valued request field
              .build());
    }
    return cs;
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void batch_scoring_equals_predicting_each_concatenation(DeepArchitecture architecture) {
    DeepCtrModel model = model(architecture);
    Features shared = request(1);
    List<Features> cs = candidates(40);
    double[] scores = model.score(shared, cs);
    double spread = 0;
    for (int i = 0; i < cs.size(); i++) {
      double expected = model.predict(Features.concat(shared, cs.get(i)));
      assertThat(scores[i]).as("candidate %d", i).isCloseTo(expected, within(1e-6));
      spread = Math.max(spread, Math.abs(scores[i] - scores[0]));
    }
    assertThat(spread).as("candidates must score differently").isGreaterThan(1e-3);
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void candidates_touching_different_fields_score_as_they_would_alone(
      DeepArchitecture architecture) {
    DeepCtrModel model = model(architecture);
    Features shared = request(4);
    List<Features> cs = new ArrayList<>();
    for (int i = 0; i < 11; i++) { // not a multiple of the kernel's four-row tiles
      Features.Builder b = Features.builder();
      if (i % 2 == 0) {
        b.add(3, 1000 + i);
      }
      if (i % 3 == 0) {
        b.add(4, 2000 + i, 0.25f).add(4, 2100 + i);
      }
      if (i == 7) {
        b.add(1, 42, -1f); // a field only this candidate touches
      }
      cs.add(b.build()); // candidates 1 and 5 have no features at all
    }
    double[] together = model.score(shared, cs);
    for (int i = 0; i < cs.size(); i++) {
      double alone = model.score(shared, List.of(cs.get(i)))[0];
      assertThat(together[i]).as("candidate %d", i).isCloseTo(alone, within(1e-6));
      assertThat(together[i])
          .isCloseTo(model.predict(Features.concat(shared, cs.get(i))), within(1e-6));
    }
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void concurrent_calls_get_the_scores_of_a_lone_call(DeepArchitecture architecture)
      throws Exception {
    DeepCtrModel model = model(architecture);
    List<double[]> expected = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      expected.add(model.score(request(r), candidates(9 + r * 5)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int first = t;
        calls.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    int r = (first + i) % 8;
                    assertThat(model.score(request(r), candidates(9 + r * 5)))
                        .containsExactly(expected.get(r));
                  }
                }));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void a_saved_model_loads_back_with_identical_scores(DeepArchitecture architecture)
      throws IOException {
    DeepCtrModel model = model(architecture);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    DeepCtrModel loaded = DeepCtrModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(loaded.options()).isEqualTo(model.options());
    assertThat(loaded.score(request(2), candidates(10)))
        .containsExactly(model.score(request(2), candidates(10)));
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void the_untrained_model_predicts_about_one_half(DeepArchitecture architecture) {
    DeepCtrModel model = DeepCtrModel.untrained(DeepTestData.small(architecture), 6, 12);
    assertThat(model.predict(new Example(0, request(3)))).isCloseTo(0.5, within(0.05));
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void rejects_a_field_id_beyond_the_models_fields(DeepArchitecture architecture) {
    DeepCtrModel model = model(architecture);
    Features bad = Features.builder().add(6, 1).build();
    assertThatThrownBy(() -> model.predict(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field=6");
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void a_rejected_candidate_leaves_later_calls_unchanged(DeepArchitecture architecture) {
    DeepCtrModel model = model(architecture);
    double[] before = model.score(request(5), candidates(6));
    List<Features> bad = new ArrayList<>(candidates(3));
    bad.add(Features.builder().add(3, 1).add(6, 1).build()); // field 6 is beyond the model's

    assertThatThrownBy(() -> model.score(request(5), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field=6");
    assertThat(model.score(request(5), candidates(6))).containsExactly(before);
  }

  @ParameterizedTest
  @EnumSource(DeepArchitecture.class)
  void rejects_a_file_of_another_kind(DeepArchitecture architecture) {
    byte[] garbage = {0x41, 0x49, 0x4d, 0x4c, 0, 3, 'f', 't', 'r', 0, 0, 0, 1};
    assertThatThrownBy(() -> DeepCtrModel.load(new ByteArrayInputStream(garbage)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("kind=ftr");
  }
}
