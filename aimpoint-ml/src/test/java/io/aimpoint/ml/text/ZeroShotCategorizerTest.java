package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZeroShotCategorizerTest {

  private static CachingEmbedder embedder;
  private static ZeroShotCategorizer categorizer;

  @BeforeAll
  static void load() {
    embedder = new CachingEmbedder(BgeSmallZhEmbedder.load(), 1_000);
    categorizer = ZeroShotCategorizer.withDefaults(embedder);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void the_default_categories_are_the_fifteen_simulator_ids() {
    assertThat(categorizer.categoryIds())
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
  }

  @Test
  void obvious_chinese_pages_get_their_category() {
    Map<String, String> pages =
        Map.of(
            "这款新手机搭载最新处理器，屏幕更大，拍照更清晰，续航提升明显。", "electronics",
            "春季新款连衣裙和牛仔外套上市，今年流行宽松版型和浅色系穿搭。", "apparel",
            "三亚五天四晚自由行攻略：机票加酒店套餐，海边度假村推荐。", "travel",
            "幼犬狗粮怎么选？兽医建议选择高蛋白配方，并定期给狗狗驱虫。", "pets",
            "信用卡分期和个人贷款利率对比，教你合理规划每月还款。", "finance");

    pages.forEach(
        (text, category) ->
            assertThat(categorizer.classify(text).categoryId()).as(text).isEqualTo(category));
  }

  @Test
  void obvious_english_pages_get_their_category() {
    Map<String, String> pages =
        Map.of(
            "Our review of the new SUV: smooth test drive, good mileage and a roomy interior.",
                "auto",
            "Five easy weeknight recipes with fresh vegetables, rice and a spicy sauce.", "food",
            "How to pass the IELTS exam: study plans, practice tests and online tutoring.",
                "education",
            "The best moisturizer and sunscreen for dry skin, plus a simple makeup routine.",
                "beauty",
            "Patch notes for the new season: ranked matches, new heroes and console controller support.",
                "games");

    pages.forEach(
        (text, category) ->
            assertThat(categorizer.classify(text).categoryId()).as(text).isEqualTo(category));
  }

  @Test
  void the_ranking_covers_every_category_with_probabilities_summing_to_one() {
    Categorization result = categorizer.classify("宝宝奶粉和纸尿裤的选购指南");

    assertThat(result.categoryId()).isEqualTo("baby");
    assertThat(result.ranking()).hasSize(15);
    assertThat(result.ranking().stream().mapToDouble(CategoryScore::probability).sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(result.ranking())
        .isSortedAccordingTo((a, b) -> Double.compare(b.similarity(), a.similarity()));
    assertThat(result.confidence()).isGreaterThan(1.0 / 15);
    assertThat(result.similarity()).isEqualTo(result.ranking().get(0).similarity());
  }

  @Test
  void classifying_a_precomputed_vector_matches_classifying_the_text() {
    String text = "Marathon training plan with running shoes and recovery tips";
    Categorization fromText = categorizer.classify(text);
    Categorization fromVector = categorizer.classifyVector(embedder.embed(text));

    assertThat(fromVector).isEqualTo(fromText);
    assertThat(categorizer.classifyAll(List.of(text)).get(0)).isEqualTo(fromText);
  }

  @Test
  void rejects_bad_construction_arguments() {
    List<CategoryDescription> one = List.of(DefaultCategories.all().get(0));
    List<CategoryDescription> dup =
        List.of(DefaultCategories.all().get(0), DefaultCategories.all().get(0));

    assertThatThrownBy(() -> new ZeroShotCategorizer(embedder, one, 0.02))
        .hasMessageContaining("size()=1");
    assertThatThrownBy(() -> new ZeroShotCategorizer(embedder, dup, 0.02))
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> new ZeroShotCategorizer(embedder, DefaultCategories.all(), 0))
        .hasMessageContaining("temperature=0");
    assertThatThrownBy(() -> categorizer.classifyVector(new float[3]))
        .hasMessageContaining("dimension 3");
  }
}
