package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.ml.feature.FeatureHasher;
import io.aimpoint.ml.feature.LogBucketizer;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteoReaderTest {
  private static final FeatureHasher HASHER = CriteoReader.hasher(22);

  private static String row(String label, String firstInteger, String firstCategory) {
    List<String> columns = new ArrayList<>();
    columns.add(label);
    columns.add(firstInteger);
    for (int i = 2; i <= 13; i++) {
      columns.add(String.valueOf(i));
    }
    columns.add(firstCategory);
    for (int i = 2; i <= 26; i++) {
      columns.add(Integer.toHexString(0x68fd1e64 + i));
    }
    return String.join("\t", columns);
  }

  private static CriteoReader reader(String text, FeatureHasher hasher) {
    return new CriteoReader(
        new BufferedReader(new StringReader(text)),
        "criteo",
        hasher,
        LogBucketizer.octaves(),
        ReaderOptions.DEFAULTS);
  }

  @Test
  void hashes_39_features_one_per_column() {
    List<Example> examples = reader(row("1", "5", "05db9164") + "\n", HASHER).stream().toList();
    Features f = examples.get(0).features();
    assertThat(examples.get(0).label()).isEqualTo(1);
    assertThat(f.size()).isEqualTo(39);
    assertThat(f.field(0)).isEqualTo(HASHER.fieldId("I1"));
    assertThat(f.field(13)).isEqualTo(HASHER.fieldId("C1"));
    // 5 falls in octave bucket 4 (4..7), so 6 would hash the same and 8 would not
    assertThat(f.index(0)).isEqualTo(HASHER.index(0, HASHER.valueHash(0, 4L)));
    assertThat(f.index(13)).isEqualTo(HASHER.index(13, "05db9164"));
  }

  @Test
  void missing_values_are_a_value_of_their_own() {
    List<Example> examples =
        reader(row("0", "", "") + "\n" + row("0", "-2", "abc") + "\n", HASHER).stream().toList();
    Features missing = examples.get(0).features();
    assertThat(missing.size()).isEqualTo(39);
    assertThat(missing.index(0)).isEqualTo(HASHER.index(0, HASHER.missingHash(0)));
    assertThat(missing.index(13)).isEqualTo(HASHER.index(13, HASHER.missingHash(13)));
    Features negative = examples.get(1).features();
    assertThat(negative.index(0)).isEqualTo(HASHER.index(0, HASHER.valueHash(0, -3L)));
  }

  @Test
  void reports_rows_with_wrong_column_counts_or_bad_integers() {
    String text =
        String.join(
            "\n",
            row("1", "1", "a"),
            "1\t2\t3",
            row("0", "1.5", "a"),
            row("0", "1", "a") + "\textra",
            row("x", "1", "a"),
            row("0", "1", "a"));
    CriteoReader r = reader(text, HASHER);
    assertThat(r.stream().toList()).hasSize(2);
    assertThat(r.report().firstBadLines())
        .extracting(ReadReport.BadLine::lineNumber)
        .containsExactly(2L, 3L, 4L, 5L);
    assertThat(r.report().firstBadLines().get(0).reason()).contains("got 3");
    assertThat(r.report().firstBadLines().get(1).reason()).contains("I1 '1.5'");
    assertThat(r.report().firstBadLines().get(2).reason()).contains("got 41");
  }

  @Test
  void adds_declared_crosses() {
    FeatureHasher crossed = HASHER.withCross("C1", "C2");
    Features f = reader(row("1", "1", "a") + "\n", crossed).next().features();
    assertThat(f.size()).isEqualTo(40);
    assertThat(f.field(39)).isEqualTo(crossed.fieldId("C1*C2"));
  }

  @Test
  void needs_a_hasher_that_knows_the_criteo_fields() {
    FeatureHasher other = FeatureHasher.global(List.of("a"), 10);
    assertThatThrownBy(() -> reader("", other)).hasMessageContaining("name=I1");
  }
}
