package io.aimpoint.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.ml.feature.AdFeatureSpec.Cross;
import io.aimpoint.ml.feature.AdFeatureSpec.Field;
import io.aimpoint.ml.feature.AdFeatureSpec.Side;
import io.aimpoint.ml.feature.AdFeatureSpec.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdFeatureSpecTest {
  @TempDir Path dir;

  private static Field categorical(String name, Side side) {
    return new Field(name, "src." + name, Type.CATEGORICAL, side, 8, null, null);
  }

  @Test
  void the_default_spec_round_trips_through_json_and_files() throws IOException {
    AdFeatureSpec spec = AdFeatureSpec.defaults();
    assertThat(spec.fields()).hasSizeGreaterThan(30);
    assertThat(AdFeatureSpec.parse(spec.toJson())).isEqualTo(spec);
    Path file = dir.resolve("spec.json");
    Files.writeString(file, spec.toJson());
    assertThat(AdFeatureSpec.read(file)).isEqualTo(spec);
    assertThat(spec.toJson()).contains("\"type\" : \"bucketed\"", "\"side\" : \"candidate\"");
  }

  @Test
  void the_default_spec_covers_every_kind_of_field_on_both_sides() {
    AdFeatureSpec spec = AdFeatureSpec.defaults();
    assertThat(spec.fields()).extracting(Field::type).contains(Type.values());
    assertThat(spec.fields()).extracting(Field::side).contains(Side.values());
    assertThat(spec.field("context_similarity_value").type()).isEqualTo(Type.DENSE);
    assertThat(spec.field("interests").maxTokens()).isEqualTo(5);
  }

  @Test
  void a_value_falls_in_the_bucket_of_the_boundaries_at_or_below_it() {
    Field age = AdFeatureSpec.defaults().field("age"); // 18, 25, 35, 45, 55, 65
    assertThat(age.bucket(0)).isZero();
    assertThat(age.bucket(17.999)).isZero();
    assertThat(age.bucket(18)).isEqualTo(1);
    assertThat(age.bucket(24)).isEqualTo(1);
    assertThat(age.bucket(25)).isEqualTo(2);
    assertThat(age.bucket(64.9)).isEqualTo(5);
    assertThat(age.bucket(65)).isEqualTo(6);
    assertThat(age.bucket(120)).isEqualTo(6);
  }

  @Test
  void rejects_inconsistent_fields_naming_the_field() {
    assertThatThrownBy(
            () -> new Field("age", "user.age", Type.BUCKETED, Side.REQUEST, 4, null, null))
        .hasMessageContaining("age")
        .hasMessageContaining("boundaries");
    assertThatThrownBy(
            () ->
                new Field(
                    "age", "user.age", Type.BUCKETED, Side.REQUEST, 4, List.of(2.0, 1.0), null))
        .hasMessageContaining("ascending");
    assertThatThrownBy(
            () ->
                new Field(
                    "age", "user.age", Type.BUCKETED, Side.REQUEST, 1, List.of(1.0, 2.0), null))
        .hasMessageContaining("a slot per bucket");
    assertThatThrownBy(() -> new Field("v", "x", Type.DENSE, Side.CANDIDATE, 3, null, null))
        .hasMessageContaining("bits must be 1");
    assertThatThrownBy(() -> new Field("k", "x", Type.MULTI, Side.REQUEST, 25, null, null))
        .hasMessageContaining("bits must be in 1..24");
    assertThatThrownBy(() -> new Field("k", "x", Type.MULTI, Side.REQUEST, 8, null, 0))
        .hasMessageContaining("maxTokens");
    assertThatThrownBy(() -> new Field("a*b", "x", Type.MULTI, Side.REQUEST, 8, null, null))
        .hasMessageContaining("'*'");
  }

  @Test
  void rejects_duplicate_names_and_crosses_of_unknown_or_dense_fields() {
    Field a = categorical("a", Side.REQUEST);
    Field dense = new Field("d", "x", Type.DENSE, Side.CANDIDATE, 1, null, null);
    assertThatThrownBy(() -> new AdFeatureSpec(1, List.of(a, a), List.of()))
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> new AdFeatureSpec(1, List.of(a), List.of(new Cross("a", "b", 8))))
        .hasMessageContaining("b");
    assertThatThrownBy(
            () -> new AdFeatureSpec(1, List.of(a, dense), List.of(new Cross("a", "d", 8))))
        .hasMessageContaining("non-dense");
  }

  @Test
  void unknown_json_keys_are_errors_so_typos_do_not_pass_silently() {
    assertThatThrownBy(
            () ->
                AdFeatureSpec.parse(
                    "{\"version\":1,\"fields\":[{\"name\":\"a\",\"source\":\"s\","
                        + "\"type\":\"categorical\",\"side\":\"request\",\"bits\":8,"
                        + "\"maxTokenz\":8}]}"))
        .hasMessageContaining("maxTokenz");
    assertThatThrownBy(
            () ->
                AdFeatureSpec.parse(
                    "{\"version\":1,\"fields\":[{\"name\":\"a\",\"source\":\"s\","
                        + "\"type\":\"categorical\",\"side\":\"request\",\"bitz\":8}]}"))
        .hasMessageContaining("field a: bits must be in 1..24");
  }

  @Test
  void fitting_to_fewer_bits_caps_the_fields_but_keeps_bucketed_ones_whole() {
    AdFeatureSpec spec = AdFeatureSpec.defaults();
    AdFeatureSpec small = spec.fittedTo(16);
    assertThat(new SnapshotEncoder(small).bits()).isLessThanOrEqualTo(16);
    assertThat(small.field("user").bits()).isLessThan(spec.field("user").bits());
    assertThat(small.field("age").bits()).isEqualTo(spec.field("age").bits());
    assertThat(spec.fittedTo(24)).isEqualTo(spec);
    assertThatThrownBy(() -> spec.fittedTo(5)).hasMessageContaining("do not fit");
  }
}
