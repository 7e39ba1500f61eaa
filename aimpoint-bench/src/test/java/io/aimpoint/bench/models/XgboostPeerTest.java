package io.aimpoint.bench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.ExampleReader;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.eval.Metrics;
import io.aimpoint.ml.registry.DataFile;
import io.aimpoint.ml.registry.DataFormat;
import io.aimpoint.ml.registry.FeatureSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XgboostPeerTest {
  static final FeatureSpec SPEC = FeatureSpec.defaults(DataFormat.LIBSVM, 12, null);

  /** Few, shallow trees: enough to learn the interaction, fast enough for a unit test. */
  static final XgboostPeer.Options FAST = new XgboostPeer.Options(80, 10, 4, 0.3, 1, 42);

  @TempDir Path dir;

  @BeforeEach
  void nativeLibraryLoads() {
    // The jar ships linux/macOS/windows x86_64 and aarch64 builds; elsewhere skip, saying why.
    assumeThat(XgboostPeer.unavailableReason()).as("XGBoost4J native library").isEmpty();
  }

  private static List<Example> read(Path file) throws IOException {
    List<Example> all = new ArrayList<>();
    try (ExampleReader r = new DataFile(file).open(SPEC).reader()) {
      r.forEachRemaining(all::add);
    }
    return all;
  }

  /** Rows in {@code columns}; the first set read into a column space learns its columns. */
  private static SparseRows rows(
      List<Example> examples, SparseRows.Columns columns, boolean learn) {
    SparseRows rows = new SparseRows(columns, learn);
    examples.forEach(e -> rows.add(e.features(), e.label()));
    return rows;
  }

  @Test
  void boosts_on_hashed_sparse_features_and_learns_an_interaction_a_linear_model_cannot()
      throws Exception {
    List<Example> train = read(SyntheticData.libsvm(dir.resolve("train.svm"), 4000, 1));
    List<Example> valid = read(SyntheticData.libsvm(dir.resolve("valid.svm"), 1500, 2));
    List<Example> test = read(SyntheticData.libsvm(dir.resolve("test.svm"), 2000, 3));
    SparseRows.Columns columns = new SparseRows.Columns(12);
    SparseRows trainRows = rows(train, columns, true);
    SparseRows testRows = rows(test, columns, false);

    try (XgboostPeer.Trained model =
        XgboostPeer.train(trainRows, rows(valid, columns, false), FAST)) {
      double[] p = model.predict(testRows);
      assertThat(p).hasSize(test.size());
      assertThat(java.util.Arrays.stream(p).allMatch(x -> x > 0 && x < 1)).isTrue();
      assertThat(Metrics.auc(p, testRows.intLabels())).isGreaterThan(0.75);
      assertThat(model.bestIteration()).isBetween(0, FAST.rounds() - 1);

      // scoring candidates gives the same probabilities as predicting their rows
      List<Features> candidates = test.subList(0, 20).stream().map(Example::features).toList();
      double[] scored = model.score(candidates);
      for (int i = 0; i < 20; i++) {
        assertThat(scored[i]).isEqualTo(p[i]);
      }
    }
  }

  @Test
  void the_same_seed_and_data_give_the_same_model() throws Exception {
    SparseRows.Columns columns = new SparseRows.Columns(12);
    SparseRows train =
        rows(read(SyntheticData.libsvm(dir.resolve("a.svm"), 2000, 4)), columns, true);
    SparseRows valid =
        rows(read(SyntheticData.libsvm(dir.resolve("b.svm"), 500, 5)), columns, false);
    XgboostPeer.Options options = FAST.withSeed(9);
    try (var a = XgboostPeer.train(train, valid, options);
        var b = XgboostPeer.train(train, valid, options)) {
      assertThat(a.predict(valid)).containsExactly(b.predict(valid));
    }
  }

  @Test
  void columns_are_the_training_rows_indices_renumbered_and_unseen_indices_are_dropped() {
    SparseRows.Columns columns = new SparseRows.Columns(12);
    SparseRows train = new SparseRows(columns, true);
    train.add(Features.oneHot(new int[] {0, 0}, new int[] {4000, 7}), 1);
    SparseRows later = new SparseRows(columns, false);
    later.add(Features.oneHot(new int[] {0, 0}, new int[] {7, 99}), 0);
    assertThat(train.columns()).containsExactly(0, 1);
    assertThat(later.columns()).containsExactly(1);
    assertThat(later.rowStarts()).containsExactly(0L, 1L);
    assertThat(columns.count()).isEqualTo(2);
  }

  @Test
  void options_name_the_bad_value() {
    assertThatThrownBy(() -> new XgboostPeer.Options(10, 5, 6, 0, 1, 1))
        .hasMessageContaining("eta=0.0");
    assertThatThrownBy(() -> new XgboostPeer.Options(0, 5, 6, 0.1, 1, 1))
        .hasMessageContaining("rounds=0");
  }
}
