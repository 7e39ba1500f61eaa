package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
  private final Taxonomy taxonomy = Taxonomy.standard();

  @Test
  void has_the_fifteen_stable_categories() {
    assertThat(taxonomy.categories().stream().map(Category::id).toList())
        .containsExactly(
            "electronics",
            "apparel",
            "food",
            "travel",
            "sports",
            "beauty",
            "baby",
            "auto",
            "finance",
            "education",
            "games",
            "home",
            "books",
            "health",
            "pets");
    assertThat(taxonomy.category("electronics").name(Language.ZH)).isEqualTo("数码");
    assertThat(taxonomy.category("pets").name(Language.EN)).isEqualTo("Pets");
    for (int i = 0; i < taxonomy.size(); i++) {
      assertThat(taxonomy.get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void every_category_has_a_rich_vocabulary_in_both_languages() {
    for (Category c : taxonomy.categories()) {
      for (Language language : Language.values()) {
        Vocabulary v = c.vocabulary(language);
        assertThat(v.nouns()).as(c.id() + " " + language).hasSizeGreaterThanOrEqualTo(12);
        assertThat(v.adjectives()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(v.titleTemplates()).hasSizeGreaterThanOrEqualTo(3);
      }
      assertThat(c.brands()).hasSizeGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void some_nouns_are_shared_between_categories() {
    Map<String, Integer> owners = new HashMap<>();
    for (Category c : taxonomy.categories()) {
      for (String noun : c.zh().nouns()) {
        owners.merge(noun, 1, Integer::sum);
      }
    }
    List<String> shared =
        owners.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    assertThat(shared).contains("奶粉", "游戏本", "跑鞋", "信用卡", "护肤品").hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void relatedness_is_symmetric_and_one_on_the_diagonal() {
    for (int a = 0; a < taxonomy.size(); a++) {
      assertThat(taxonomy.relatedness(a, a)).isEqualTo(1.0);
      for (int b = 0; b < taxonomy.size(); b++) {
        assertThat(taxonomy.relatedness(a, b)).isEqualTo(taxonomy.relatedness(b, a));
      }
    }
    int games = taxonomy.category("games").index();
    int electronics = taxonomy.category("electronics").index();
    int pets = taxonomy.category("pets").index();
    assertThat(taxonomy.relatedness(games, electronics)).isEqualTo(Taxonomy.RELATED_WEIGHT);
    assertThat(taxonomy.relatedness(games, pets)).isZero();
  }

  @Test
  void unknown_ids_are_rejected_by_name() {
    assertThatThrownBy(() -> taxonomy.category("cars")).hasMessageContaining("cars");
  }
}
