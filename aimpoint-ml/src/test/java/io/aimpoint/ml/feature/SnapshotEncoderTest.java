package io.aimpoint.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.feature.AdFeatureSpec.Cross;
import io.aimpoint.ml.feature.AdFeatureSpec.Field;
import io.aimpoint.ml.feature.AdFeatureSpec.Side;
import io.aimpoint.ml.feature.AdFeatureSpec.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotEncoderTest {
  // field ids: 0 site, 1 keywords, 2 interests, 3 age, 4 creative, 5 categories, 6 cosine,
  // 7 site*keywords (request only), 8 keywords*categories
  private static final AdFeatureSpec SPEC =
      new AdFeatureSpec(
          1,
          List.of(
              new Field("site", "context.site", Type.CATEGORICAL, Side.REQUEST, 10, null, null),
              new Field("keywords", "context.keywords", Type.MULTI, Side.REQUEST, 12, null, 3),
              new Field(
                  "interests",
                  "user.interests",
                  Type.WEIGHTED,
                  Side.REQUEST,
                  12,
                  List.of(1.0, 4.0),
                  null),
              new Field(
                  "age", "user.age", Type.BUCKETED, Side.REQUEST, 3, List.of(18.0, 25.0), null),
              new Field(
                  "creative", "ad.creative", Type.CATEGORICAL, Side.CANDIDATE, 12, null, null),
              new Field("categories", "ad.categories", Type.MULTI, Side.CANDIDATE, 8, null, null),
              new Field(
                  "cosine", "text.context_cosine", Type.DENSE, Side.CANDIDATE, 1, null, null)),
          List.of(new Cross("site", "keywords", 10), new Cross("keywords", "categories", 12)));

  private static final SnapshotEncoder ENCODER = new SnapshotEncoder(SPEC);

  private static List<Integer> indicesOf(Features f, int field) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      if (f.field(i) == field) {
        out.add(f.index(i));
      }
    }
    return out;
  }

  private static FeatureSnapshot request(String site, double age, List<String> keywords) {
    return FeatureSnapshot.builder()
        .token("context.site", site)
        .tokens("context.keywords", keywords)
        .weighted("user.interests", List.of("tech"), List.of(2.0))
        .number("user.age", age)
        .build();
  }

  private static FeatureSnapshot ad(String creative, double cosine) {
    return FeatureSnapshot.builder()
        .token("ad.creative", creative)
        .tokens("ad.categories", List.of("electronics", "tech"))
        .number("text.context_cosine", cosine)
        .build();
  }

  @Test
  void every_field_owns_its_own_range_laid_end_to_end() {
    assertThat(ENCODER.fieldCount()).isEqualTo(9);
    assertThat(ENCODER.fieldNames()).endsWith("site*keywords", "keywords*categories");
    assertThat(ENCODER.offset(0)).isZero();
    assertThat(ENCODER.offset(1)).isEqualTo(1 << 10);
    assertThat(ENCODER.offset(2)).isEqualTo((1 << 10) + (1 << 12));
    Features f = ENCODER.encode(request("a.example", 30, List.of("x", "y")), ad("cr1", 0.5));
    for (int i = 0; i < f.size(); i++) {
      int field = f.field(i);
      int size = field + 1 < ENCODER.fieldCount() ? ENCODER.offset(field + 1) : 1 << ENCODER.bits();
      assertThat(f.index(i)).isGreaterThanOrEqualTo(ENCODER.offset(field)).isLessThan(size);
    }
    assertThat(1 << ENCODER.bits()).isGreaterThanOrEqualTo(ENCODER.offset(8) + (1 << 12));
  }

  @Test
  void rows_list_request_fields_request_crosses_candidate_fields_then_other_crosses() {
    Features f = ENCODER.encode(request("a.example", 30, List.of("x", "y")), ad("cr1", 0.5));
    List<Integer> fields = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) {
      fields.add(f.field(i));
    }
    // site, 2 keywords, 1 interest, age, 1x2 site*keywords, creative, 2 categories, cosine,
    // 2x2 keywords*categories
    assertThat(fields).containsExactly(0, 1, 1, 2, 3, 7, 7, 4, 5, 5, 6, 8, 8, 8, 8);
  }

  @Test
  void bucketed_values_take_slot_one_plus_their_bucket_and_missing_takes_slot_zero() {
    int age = 3;
    FeatureSnapshot ad = ad("cr1", 0.5);
    assertThat(indicesOf(ENCODER.encode(request("s", 17, List.of()), ad), age))
        .containsExactly(ENCODER.offset(age) + 1);
    assertThat(indicesOf(ENCODER.encode(request("s", 18, List.of()), ad), age))
        .containsExactly(ENCODER.offset(age) + 2);
    assertThat(indicesOf(ENCODER.encode(request("s", 99, List.of()), ad), age))
        .containsExactly(ENCODER.offset(age) + 3);
    assertThat(indicesOf(ENCODER.encode(FeatureSnapshot.EMPTY, ad), age))
        .containsExactly(ENCODER.offset(age));
  }

  @Test
  void dense_values_are_feature_values_and_missing_is_an_indicator() {
    Features present = ENCODER.encode(FeatureSnapshot.EMPTY, ad("cr1", 0.625));
    Features missing =
        ENCODER.encode(
            FeatureSnapshot.EMPTY, FeatureSnapshot.builder().token("ad.creative", "cr1").build());
    int cosine = 6;
    for (int i = 0; i < present.size(); i++) {
      if (present.field(i) == cosine) {
        assertThat(present.index(i)).isEqualTo(ENCODER.offset(cosine) + 1);
        assertThat(present.value(i)).isEqualTo(0.625f);
      }
    }
    for (int i = 0; i < missing.size(); i++) {
      if (missing.field(i) == cosine) {
        assertThat(missing.index(i)).isEqualTo(ENCODER.offset(cosine));
        assertThat(missing.value(i)).isEqualTo(1f);
      }
    }
  }

  @Test
  void missing_values_are_one_feature_per_field_and_take_part_in_crosses() {
    Features f = ENCODER.encode(FeatureSnapshot.EMPTY, FeatureSnapshot.EMPTY);
    // one feature per field and one per cross: the missing values and their crosses
    assertThat(f.size()).isEqualTo(9);
    assertThat(ENCODER.encode(FeatureSnapshot.EMPTY, FeatureSnapshot.EMPTY)).isEqualTo(f);
    assertThat(indicesOf(f, 0))
        .isNotEqualTo(indicesOf(ENCODER.encode(request("s", 30, List.of()), ad("c", 0)), 0));
  }

  @Test
  void weighted_tokens_differ_by_the_bucket_of_their_weight_only() {
    int interests = 2;
    FeatureSnapshot weak =
        FeatureSnapshot.builder().weighted("user.interests", List.of("tech"), List.of(0.5)).build();
    FeatureSnapshot alsoWeak =
        FeatureSnapshot.builder()
            .weighted("user.interests", List.of("tech"), List.of(0.99))
            .build();
    FeatureSnapshot strong =
        FeatureSnapshot.builder().weighted("user.interests", List.of("tech"), List.of(5.0)).build();
    List<Integer> a = indicesOf(ENCODER.request(weak).features(), interests);
    assertThat(indicesOf(ENCODER.request(alsoWeak).features(), interests)).isEqualTo(a);
    assertThat(indicesOf(ENCODER.request(strong).features(), interests)).isNotEqualTo(a);
  }

  @Test
  void relative_tokens_are_bucketed_by_their_share_of_the_strongest_weight() {
    AdFeatureSpec spec =
        new AdFeatureSpec(
            1,
            List.of(
                new Field(
                    "shares",
                    "user.interests",
                    Type.RELATIVE,
                    Side.REQUEST,
                    12,
                    List.of(0.5, 1.0),
                    null)),
            List.of());
    SnapshotEncoder encoder = new SnapshotEncoder(spec);
    // a very active and a barely active user with the same mix: the same features
    FeatureSnapshot active =
        FeatureSnapshot.builder()
            .weighted("user.interests", List.of("tech", "travel"), List.of(40.0, 10.0))
            .build();
    FeatureSnapshot quiet =
        FeatureSnapshot.builder()
            .weighted("user.interests", List.of("tech", "travel"), List.of(0.4, 0.1))
            .build();
    // travel as strong as tech: travel moves to tech's bucket, tech stays
    FeatureSnapshot even =
        FeatureSnapshot.builder()
            .weighted("user.interests", List.of("tech", "travel"), List.of(0.4, 0.4))
            .build();
    List<Integer> a = indicesOf(encoder.request(active).features(), 0);
    assertThat(a).hasSize(2).doesNotHaveDuplicates();
    assertThat(indicesOf(encoder.request(quiet).features(), 0)).isEqualTo(a);
    List<Integer> b = indicesOf(encoder.request(even).features(), 0);
    assertThat(b.get(0)).isEqualTo(a.get(0));
    assertThat(b.get(1)).isNotEqualTo(a.get(1));
    // the absolute weighted field tells the two users apart
    assertThat(indicesOf(ENCODER.request(active).features(), 2))
        .isNotEqualTo(indicesOf(ENCODER.request(quiet).features(), 2));
  }

  @Test
  void multi_valued_fields_keep_at_most_max_tokens() {
    Features f = ENCODER.request(request("s", 30, List.of("a", "b", "c", "d", "e"))).features();
    assertThat(indicesOf(f, 1)).hasSize(3);
  }

  @Test
  void the_request_side_encoded_once_gives_the_same_rows_as_encoding_each_pair() {
    FeatureSnapshot request = request("a.example", 30, List.of("x", "y"));
    SnapshotEncoder.Request once = ENCODER.request(request);
    for (String creative : List.of("cr1", "cr2", "cr3")) {
      FeatureSnapshot ad = ad(creative, 0.25);
      assertThat(ENCODER.encode(once, ad)).isEqualTo(ENCODER.encode(request, ad));
      assertThat(new SnapshotEncoder(SPEC).encode(request, ad))
          .isEqualTo(ENCODER.encode(request, ad));
    }
    assertThat(ENCODER.encode(once, ad("cr1", 0.25)))
        .isNotEqualTo(ENCODER.encode(once, ad("cr2", 0.25)));
  }

  @Test
  void hashes_are_stable_across_releases() {
    // Serving and training must agree across processes and versions: pin one index.
    Features f = ENCODER.request(request("a.example", 30, List.of())).features();
    assertThat(indicesOf(f, 0))
        .containsExactly(
            MurmurHash3.hash32("a.example", MurmurHash3.hash32("site", 0x5eed_ad5f)) & 1023);
  }
}
