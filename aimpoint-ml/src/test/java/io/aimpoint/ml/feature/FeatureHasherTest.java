package io.aimpoint.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureHasherTest {
  private static final List<String> FIELDS = List.of("site", "ad", "device");

  @Test
  void same_field_and_value_hash_to_the_same_index_in_every_instance() {
    FeatureHasher a = FeatureHasher.global(FIELDS, 22);
    FeatureHasher b = FeatureHasher.global(List.copyOf(FIELDS), 22);
    assertThat(a.index(0, "news.example")).isEqualTo(b.index(0, "news.example"));
    // pinned: a change of the hashing scheme invalidates every saved model
    assertThat(a.valueHash(0, "news.example")).isEqualTo(b.valueHash(0, "news.example"));
    assertThat(a.index(0, "news.example")).isEqualTo(a.valueHash(0, "news.example") & 0x3fffff);
  }

  @Test
  void equal_values_in_different_fields_hash_differently() {
    FeatureHasher h = FeatureHasher.global(FIELDS, 22);
    assertThat(h.valueHash(0, "x")).isNotEqualTo(h.valueHash(1, "x"));
    assertThat(h.missingHash(0)).isNotEqualTo(h.missingHash(1));
    assertThat(h.missingHash(0)).isNotEqualTo(h.valueHash(0, ""));
  }

  @Test
  void per_field_layout_keeps_each_field_in_its_own_range() {
    FeatureHasher h = FeatureHasher.perField(FIELDS, 10);
    assertThat(h.bits()).isEqualTo(12); // 3 fields round up to 4 ranges of 2^10
    for (int f = 0; f < FIELDS.size(); f++) {
      for (int v = 0; v < 1000; v++) {
        assertThat(h.index(f, "v" + v) >>> 10).isEqualTo(f);
      }
    }
  }

  @Test
  void global_indices_spread_over_the_whole_space() {
    FeatureHasher h = FeatureHasher.global(FIELDS, 8);
    Set<Integer> seen = new HashSet<>();
    for (int v = 0; v < 5000; v++) {
      int index = h.index(2, "value-" + v);
      assertThat(index).isBetween(0, 255);
      seen.add(index);
    }
    assertThat(seen).hasSize(256);
  }

  @Test
  void a_cross_is_a_new_field_combining_both_values() {
    FeatureHasher h = FeatureHasher.global(FIELDS, 22).withCross("site", "ad");
    assertThat(h.fieldCount()).isEqualTo(4);
    assertThat(h.fieldName(3)).isEqualTo("site*ad");
    FeatureHasher.Cross cross = h.crosses().get(0);
    assertThat(cross).isEqualTo(new FeatureHasher.Cross(0, 1, 3));
    int ab = h.crossHash(cross, h.valueHash(0, "a"), h.valueHash(1, "b"));
    int ba = h.crossHash(cross, h.valueHash(0, "b"), h.valueHash(1, "a"));
    assertThat(ab).isNotEqualTo(ba);
    assertThat(ab).isEqualTo(h.crossHash(cross, h.valueHash(0, "a"), h.valueHash(1, "b")));
  }

  @Test
  void rejects_unknown_fields_duplicates_and_oversized_spaces() {
    FeatureHasher h = FeatureHasher.global(FIELDS, 22);
    assertThatThrownBy(() -> h.fieldId("price")).hasMessageContaining("name=price");
    assertThatThrownBy(() -> FeatureHasher.global(List.of("a", "a"), 10))
        .hasMessageContaining("name=a");
    assertThatThrownBy(() -> FeatureHasher.global(FIELDS, 29)).hasMessageContaining("bits=29");
    assertThatThrownBy(() -> FeatureHasher.perField(FIELDS, 27)).hasMessageContaining("bits=29");
  }
}
