package io.aimpoint.sim.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextGeneratorTest {
  private final Taxonomy taxonomy = Taxonomy.standard();
  private final TextGenerator text = new TextGenerator(taxonomy);

  @Test
  void chinese_pages_are_in_chinese_and_english_pages_in_english() {
    SplittableRandom rng = new SplittableRandom(3);
    for (Category c : taxonomy.categories()) {
      String zh = text.pageTitle(c, Language.ZH, rng) + text.pageText(c, Language.ZH, rng);
      String en = text.pageTitle(c, Language.EN, rng) + text.pageText(c, Language.EN, rng);
      assertThat(TextGenerator.containsHan(zh)).as(zh).isTrue();
      assertThat(TextGenerator.containsHan(en)).as(en).isFalse();
      assertThat(en).matches("(?s).*[a-z]{3,}.*");
      assertThat(zh).doesNotContain("{").doesNotContain("}");
      assertThat(en).doesNotContain("{").doesNotContain("}");
    }
  }

  @Test
  void same_seed_gives_the_same_text_and_a_different_seed_other_text() {
    Category c = taxonomy.category("travel");
    String a = text.pageText(c, Language.EN, new SplittableRandom(5));
    String b = text.pageText(c, Language.EN, new SplittableRandom(5));
    String other = text.pageText(c, Language.EN, new SplittableRandom(6));
    assertThat(a).isEqualTo(b).isNotEqualTo(other);
  }

  @Test
  void a_vocabulary_matching_classifier_separates_categories_well_but_not_perfectly() {
    SplittableRandom rng = new SplittableRandom(8);
    for (Language language : Language.values()) {
      int right = 0;
      int total = 0;
      for (Category c : taxonomy.categories()) {
        for (int i = 0; i < 40; i++) {
          String page = text.pageTitle(c, language, rng) + " " + text.pageText(c, language, rng);
          right += classify(page, language) == c.index() ? 1 : 0;
          total++;
        }
      }
      double accuracy = right / (double) total;
      assertThat(accuracy).as(language + " accuracy").isBetween(0.6, 0.995);
    }
  }

  @Test
  void queries_and_product_names_use_the_category_vocabulary() {
    SplittableRandom rng = new SplittableRandom(9);
    Category pets = taxonomy.category("pets");
    for (int i = 0; i < 20; i++) {
      String query = text.query(pets, Language.ZH, rng);
      assertThat(pets.zh().nouns()).anyMatch(query::contains);
      String product = text.productName(pets, Language.EN, rng);
      assertThat(pets.en().nouns()).anyMatch(product::endsWith);
    }
    assertThat(text.keywords(pets, Language.EN, rng))
        .hasSizeBetween(2, 4)
        .doesNotHaveDuplicates()
        .allMatch(pets.en().nouns()::contains);
  }

  /** Picks the category whose nouns occur most often; -1 when two categories tie. */
  private int classify(String page, Language language) {
    int best = -1;
    int bestCount = 0;
    boolean tie = false;
    for (Category c : taxonomy.categories()) {
      int count = 0;
      for (String noun : c.vocabulary(language).nouns()) {
        count += page.contains(noun) ? 1 : 0;
      }
      if (count > bestCount) {
        best = c.index();
        bestCount = count;
        tie = false;
      } else if (count == bestCount && count > 0) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }
}
