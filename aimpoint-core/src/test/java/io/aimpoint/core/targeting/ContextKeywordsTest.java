package io.aimpoint.core.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextKeywordsTest {

  @ParameterizedTest(name = "\"{0}\" in \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "shoes          | Buy running shoes today!      | true",
        "SHOES          | buy running shoes             | true",
        "running shoes  | Running-Shoes sale            | true",
        "shoe           | running shoes                 | false",
        "shoes running  | running shoes                 | false",
        "Straße         | Die STRASSE und die straße    | true",
        "跑鞋           | 我想买一双跑鞋                | true",
        "靴             | 我想买一双跑鞋                | false",
        "!!!            | anything at all               | false",
      })
  void matches_whole_words_case_insensitively(String keyword, String pageText, boolean want) {
    ContextKeywords context = ContextKeywords.of(null, null, pageText);

    assertThat(context.contains(ContextKeywords.phrase(keyword))).isEqualTo(want);
  }

  @Test
  void does_not_match_across_two_page_keywords() {
    ContextKeywords context = ContextKeywords.of(List.of("running", "shoes"), null, null);

    assertThat(context.contains(ContextKeywords.phrase("running shoes"))).isFalse();
    assertThat(context.contains(ContextKeywords.phrase("shoes"))).isTrue();
  }

  @Test
  void lists_distinct_words_of_all_sources() {
    ContextKeywords context = ContextKeywords.of(List.of("Trail Running"), "running shoes", null);

    assertThat(context.words()).containsExactly("trail", "running", "shoes");
    assertThat(ContextKeywords.of(List.of(" ", "--"), "", null).isEmpty()).isTrue();
  }
}
