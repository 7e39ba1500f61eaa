package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

  @Test
  void counts_each_term_once_per_document() {
    DocumentFrequencies df = new DocumentFrequencies(100);
    df.addDocument(List.of("phone", "phone", "camera"));
    df.addDocument(List.of("phone"));

    assertThat(df.documentCount()).isEqualTo(2);
    assertThat(df.documentFrequency("phone")).isEqualTo(2);
    assertThat(df.documentFrequency("camera")).isEqualTo(1);
    assertThat(df.documentFrequency("dog")).isZero();
  }

  @Test
  void smoothed_idf_favours_rare_terms_and_is_defined_on_an_empty_corpus() {
    DocumentFrequencies df = new DocumentFrequencies(100);
    assertThat(df.idf("anything")).isEqualTo(1.0);

    for (int i = 0; i < 9; i++) {
      df.addDocument(i == 0 ? List.of("common", "rare") : List.of("common"));
    }

    assertThat(df.idf("common")).isCloseTo(1.0, within(1e-12));
    assertThat(df.idf("rare")).isCloseTo(Math.log(10.0 / 2.0) + 1, within(1e-12));
    assertThat(df.idf("unseen")).isGreaterThan(df.idf("rare"));
  }

  @Test
  void evicts_the_rarest_terms_beyond_the_bound() {
    DocumentFrequencies df = new DocumentFrequencies(10);
    for (int i = 0; i < 5; i++) {
      df.addDocument(List.of("frequent"));
    }
    for (int i = 0; i < 30; i++) {
      df.addDocument(List.of("once-" + i));
    }

    assertThat(df.vocabularySize()).isLessThanOrEqualTo(10);
    assertThat(df.documentFrequency("frequent")).isEqualTo(5);
    assertThat(df.documentCount()).isEqualTo(35);
    assertThat(df.documentFrequency("once-29")).isEqualTo(1);
  }

  @Test
  void snapshot_and_restore_round_trip() {
    DocumentFrequencies df = new DocumentFrequencies(100);
    df.addDocument(List.of("手机", "华为"));
    df.addDocument(List.of("手机", "phone"));

    DocumentFrequencies restored = new DocumentFrequencies(100);
    restored.restore(df.snapshot());

    assertThat(restored.documentCount()).isEqualTo(2);
    assertThat(restored.documentFrequency("手机")).isEqualTo(2);
    assertThat(restored.documentFrequency("华为")).isEqualTo(1);
    assertThat(restored.idf("phone")).isEqualTo(df.idf("phone"));
    assertThat(restored.snapshot()).hasSameSizeAs(df.snapshot());
  }

  @Test
  void restoring_into_a_smaller_bound_keeps_the_frequent_terms() {
    DocumentFrequencies big = new DocumentFrequencies(1000);
    for (int i = 0; i < 50; i++) {
      big.addDocument(List.of("t" + i, "common"));
    }

    DocumentFrequencies small = new DocumentFrequencies(10);
    small.restore(big.snapshot());

    assertThat(small.vocabularySize()).isLessThanOrEqualTo(10);
    assertThat(small.documentFrequency("common")).isEqualTo(50);
  }

  @Test
  void rejects_bytes_that_are_not_a_snapshot() {
    DocumentFrequencies df = new DocumentFrequencies(100);
    df.addDocument(List.of("a", "b"));
    byte[] snapshot = df.snapshot();

    assertThatThrownBy(() -> df.restore(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("magic");
    assertThatThrownBy(() -> df.restore(Arrays.copyOf(snapshot, snapshot.length - 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(df.documentCount()).isEqualTo(1);
  }

  @Test
  void concurrent_additions_are_all_counted() throws Exception {
    DocumentFrequencies df = new DocumentFrequencies(1000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    df.addDocument(List.of("shared", "term" + (i % 7)));
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(df.documentCount()).isEqualTo(2000);
    assertThat(df.documentFrequency("shared")).isEqualTo(2000);
  }

  @Test
  void rejects_a_tiny_bound() {
    assertThatThrownBy(() -> new DocumentFrequencies(3)).hasMessageContaining("maxTerms=3");
  }
}
