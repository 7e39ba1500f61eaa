package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.ml.feature.FeatureHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibSvmReaderTest {
  private static final FeatureHasher ONE_FIELD = FeatureHasher.global(List.of("x"), 20);
  private static final FeatureHasher THREE_FIELDS =
      FeatureHasher.perField(List.of("f0", "f1", "f2"), 16);

  private static LibSvmReader reader(String text, FeatureHasher h, LibSvmReader.Format format) {
    return new LibSvmReader(
        new BufferedReader(new StringReader(text)), "test", h, format, ReaderOptions.DEFAULTS);
  }

  private static List<Example> readAll(ExampleReader r) {
    return r.stream().toList();
  }

  @Test
  void reads_zero_one_labels_and_values() {
    LibSvmReader r = reader("1 3:1 7:0.5\n0 3:1\n", ONE_FIELD, LibSvmReader.Format.LIBSVM);
    List<Example> examples = readAll(r);
    assertThat(examples).extracting(Example::label).containsExactly(1, 0);
    Features f = examples.get(0).features();
    assertThat(f.size()).isEqualTo(2);
    assertThat(f.field(1)).isZero();
    assertThat(f.index(0)).isEqualTo(ONE_FIELD.index(0, ONE_FIELD.valueHash(0, 3L)));
    assertThat(f.value(1)).isEqualTo(0.5f);
    assertThat(examples.get(1).features().index(0)).isEqualTo(f.index(0));
  }

  @Test
  void reads_minus_one_plus_one_labels() {
    LibSvmReader r =
        reader("+1 1:1\n-1 1:1\n1 2:1\n-1.0 2:1\n", ONE_FIELD, LibSvmReader.Format.LIBSVM);
    assertThat(readAll(r)).extracting(Example::label).containsExactly(1, 0, 1, 0);
  }

  @Test
  void counts_bad_lines_with_their_line_numbers_and_goes_on() {
    String text =
        String.join(
            "\n",
            "1 1:1",
            "yes 1:1",
            "",
            "0 1:abc",
            "0 nocolon",
            "# a comment line",
            "1 2:1 # trailing comment",
            "0 -4:1",
            "1 3:NaN",
            "0 5:1");
    LibSvmReader r = reader(text, ONE_FIELD, LibSvmReader.Format.LIBSVM);
    assertThat(readAll(r)).hasSize(3);
    ReadReport report = r.report();
    assertThat(report.lines()).isEqualTo(10);
    assertThat(report.examples()).isEqualTo(3);
    assertThat(report.badLines()).isEqualTo(5);
    assertThat(report.firstBadLines())
        .extracting(ReadReport.BadLine::lineNumber)
        .containsExactly(2L, 4L, 5L, 8L, 9L);
    assertThat(report.firstBadLines().get(0).reason()).contains("label 'yes'");
    assertThat(report.firstBadLines().get(1).reason()).contains("'abc' is not a number");
    assertThat(report.firstBadLines().get(3).reason()).contains("negative");
    assertThat(report.summary()).contains("line 9:");
  }

  @Test
  void keeps_only_the_first_bad_lines_but_counts_all() {
    String text = "x\n".repeat(50);
    LibSvmReader r =
        new LibSvmReader(
            new BufferedReader(new StringReader(text)),
            "t",
            ONE_FIELD,
            LibSvmReader.Format.LIBSVM,
            new ReaderOptions(3));
    assertThat(readAll(r)).isEmpty();
    assertThat(r.report().badLines()).isEqualTo(50);
    assertThat(r.report().firstBadLines()).hasSize(3);
    assertThat(r.report().summary()).contains("47 more");
  }

  @Test
  void uses_the_position_in_the_row_as_the_field() {
    LibSvmReader r =
        reader(
            "1 10:1 20:1 30:1\n0 10:1 20:1 30:1 40:1\n",
            THREE_FIELDS,
            LibSvmReader.Format.LIBSVM_POSITION_AS_FIELD);
    List<Example> examples = readAll(r);
    assertThat(examples).hasSize(1);
    Features f = examples.get(0).features();
    assertThat(new int[] {f.field(0), f.field(1), f.field(2)}).containsExactly(0, 1, 2);
    assertThat(f.index(2) >>> 16).isEqualTo(2);
    assertThat(r.report().firstBadLines().get(0).reason()).contains("beyond the 3 fields");
  }

  @Test
  void reads_libffm_fields_and_rejects_unknown_ones() {
    LibSvmReader r =
        reader("1 0:5:1 2:9:0.25\n0 7:1:1\n0 1:1\n", THREE_FIELDS, LibSvmReader.Format.LIBFFM);
    List<Example> examples = readAll(r);
    assertThat(examples).hasSize(1);
    Features f = examples.get(0).features();
    assertThat(f.field(1)).isEqualTo(2);
    assertThat(f.index(1)).isEqualTo(THREE_FIELDS.index(2, THREE_FIELDS.valueHash(2, 9L)));
    assertThat(f.value(1)).isEqualTo(0.25f);
    assertThat(r.report().firstBadLines())
        .extracting(ReadReport.BadLine::lineNumber)
        .containsExactly(2L, 3L);
  }

  @Test
  void reads_qid_as_the_group() {
    List<Example> examples =
        readAll(reader("1 qid:7 1:1\n0 1:1\n", ONE_FIELD, LibSvmReader.Format.LIBSVM));
    assertThat(examples.get(0).group()).isEqualTo(Example.groupId("7"));
    assertThat(examples.get(1).hasGroup()).isFalse();
  }

  @Test
  void reads_gzipped_files_transparently(@TempDir Path dir) throws IOException {
    Path plain = dir.resolve("data.libsvm");
    Path gz = dir.resolve("data.libsvm.gz");
    String text = "1 1:1 2:1\n0 3:1\nbad\n1 4:2\n";
    Files.writeString(plain, text);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    try (LibSvmReader a = LibSvmReader.open(plain, ONE_FIELD, LibSvmReader.Format.LIBSVM);
        LibSvmReader b = LibSvmReader.open(gz, ONE_FIELD, LibSvmReader.Format.LIBSVM)) {
      assertThat(readAll(b)).isEqualTo(readAll(a)).hasSize(3);
      assertThat(b.report().firstBadLines().get(0).lineNumber()).isEqualTo(3);
    }
  }
}
