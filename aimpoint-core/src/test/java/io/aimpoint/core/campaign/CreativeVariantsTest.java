package io.aimpoint.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreativeVariantsTest {
  static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");

  static Creative creative(CreativeVariants variants) {
    return new Creative(
        "cr",
        "c",
        "a",
        "Base title",
        "Base body",
        "https://img.example.com/base.png",
        "https://shop.example.com/",
        "sports",
        "en",
        List.of(),
        null,
        variants,
        Status.ACTIVE,
        T0,
        T0,
        1);
  }

  static List<String> fields(Creative c) {
    try {
      c.validate();
      return List.of();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  void every_combination_of_base_and_alternatives_is_assembled() {
    Creative c =
        creative(
            new CreativeVariants(
                List.of("Title 1", "Title 2"), null, List.of("https://img.example.com/1.png")));

    assertThat(c.combinations()).hasSize(3 * 1 * 2);
    Creative assembled = c.assembled(new VariantCombination(2, 0, 1));
    assertThat(assembled.title()).isEqualTo("Title 2");
    assertThat(assembled.body()).isEqualTo("Base body");
    assertThat(assembled.imageUrl()).isEqualTo("https://img.example.com/1.png");
    assertThat(c.assembled(VariantCombination.BASE)).isSameAs(c);
    assertThatThrownBy(() -> c.assembled(new VariantCombination(0, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t0-b1-i0");
  }

  @Test
  void a_creative_without_alternatives_has_only_its_base_combination() {
    Creative empty = creative(new CreativeVariants(List.of(), List.of(), null));
    assertThat(empty.variants()).as("empty variants read as none").isNull();
    assertThat(empty.hasVariants()).isFalse();
    assertThat(empty.combinations()).containsExactly(VariantCombination.BASE);
  }

  @Test
  void names_each_bad_alternative_by_its_index() {
    List<String> titles = new ArrayList<>(List.of("ok", "also ok", " "));
    titles.add(null);
    Creative c =
        creative(
            new CreativeVariants(
                titles,
                List.of("x".repeat(2001)),
                Arrays.asList("https://img.example.com/1.png", "ftp://nope")));

    assertThat(fields(c))
        .containsExactlyInAnyOrder(
            "variants.titles[2]",
            "variants.titles[3]",
            "variants.bodies[0]",
            "variants.imageUrls[1]");
  }

  @Test
  void bounds_the_number_of_alternatives_per_part() {
    Creative c = creative(new CreativeVariants(Collections.nCopies(6, "A title"), null, null));
    assertThat(fields(c)).containsExactly("variants.titles");
    assertThat(
            fields(creative(new CreativeVariants(Collections.nCopies(5, "A title"), null, null))))
        .isEmpty();
  }

  @Test
  void combination_ids_round_trip_and_junk_is_not_an_id() {
    VariantCombination c = new VariantCombination(3, 0, 5);
    assertThat(c.id()).isEqualTo("t3-b0-i5");
    assertThat(VariantCombination.parse(c.id())).contains(c);
    assertThat(VariantCombination.parse("t3-b0")).isEmpty();
    assertThat(VariantCombination.parse(null)).isEmpty();
  }
}
