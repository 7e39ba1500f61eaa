package io.aimpoint.ml.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.ml.feature.FeatureHasher;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

  @Test
  void loads_a_json_schema_and_reads_a_file_with_a_header(@TempDir Path dir) throws IOException {
    Path schemaFile = dir.resolve("schema.json");
    Files.writeString(
        schemaFile,
        """
        {"label": "clicked", "categorical": ["site", "ad"], "numeric": ["price"],
         "group": "user", "separator": ","}
        """);
    Path data = dir.resolve("data.csv");
    Files.writeString(
        data,
        """
        user,site,ad,price,clicked
        u1,"news, daily",a1,120,1
        u2,sports,,NA,0
        u1,sports,a2,abc,0
        u3,sports,a2,3,maybe
        """);
    CsvSchema schema = CsvSchema.load(schemaFile);
    FeatureHasher h = FeatureHasher.global(schema.fieldNames(), 20);
    try (CsvReader r = CsvReader.open(data, schema, h)) {
      List<Example> examples = r.stream().toList();
      assertThat(examples).extracting(Example::label).containsExactly(1, 0);
      Features first = examples.get(0).features();
      assertThat(first.size()).isEqualTo(3);
      assertThat(first.index(0)).isEqualTo(h.index(0, "news, daily"));
      assertThat(examples.get(0).group()).isEqualTo(Example.groupId("u1"));
      Features second = examples.get(1).features();
      assertThat(second.index(1)).isEqualTo(h.index(1, h.missingHash(1)));
      assertThat(second.index(2)).isEqualTo(h.index(2, h.missingHash(2)));
      assertThat(r.report().firstBadLines())
          .extracting(ReadReport.BadLine::lineNumber)
          .containsExactly(4L, 5L);
      assertThat(r.report().firstBadLines().get(0).reason()).contains("price 'abc'");
    }
  }

  @Test
  void reads_a_headerless_tab_file_described_by_properties() throws IOException {
    CsvSchema schema =
        CsvSchema.fromProperties(
            new StringReader(
                """
                label=y
                categorical=a
                numeric=n
                separator=tab
                header=false
                columns=y,a,n
                """));
    assertThat(schema.separator()).isEqualTo('\t');
    FeatureHasher h = FeatureHasher.global(schema.fieldNames(), 20);
    CsvReader r =
        new CsvReader(
            new java.io.BufferedReader(new StringReader("-1\tx\t7\n1\ty\t8\n1\tz\n")),
            "mem",
            schema,
            h,
            ReaderOptions.DEFAULTS);
    List<Example> examples = r.stream().toList();
    assertThat(examples).extracting(Example::label).containsExactly(0, 1);
    // 7 and 8 fall in different half-octave buckets (2 + floor(2 log2 x) = 7 and 8)
    assertThat(examples.get(0).features().index(1))
        .isEqualTo(h.index(1, h.valueHash(1, 7L)))
        .isNotEqualTo(examples.get(1).features().index(1));
    assertThat(examples.get(0).hasGroup()).isFalse();
    assertThat(r.report().badLines()).isEqualTo(1);
  }

  @Test
  void splits_quoted_fields() {
    List<String> out = new ArrayList<>();
    CsvReader.split("a,\"b,c\",\"say \"\"hi\"\"\",,d", ',', out);
    assertThat(out).containsExactly("a", "b,c", "say \"hi\"", "", "d");
    assertThatThrownBy(() -> CsvReader.split("a,\"open", ',', out))
        .hasMessageContaining("unterminated");
  }

  @Test
  void rejects_schemas_that_cannot_work() {
    assertThatThrownBy(() -> CsvSchema.fromJson("{\"categorical\": [\"a\"]}"))
        .hasMessageContaining("label");
    assertThatThrownBy(
            () ->
                CsvSchema.fromJson(
                    "{\"label\": \"y\", \"header\": false, \"categorical\": [\"a\"]}"))
        .hasMessageContaining("columns");
  }
}
