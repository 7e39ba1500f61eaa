package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private final KeywordExtractor extractor = new KeywordExtractor(new DocumentFrequencies(10_000));

  private static List<String> termsOf(List<Keyword> keywords) {
    return keywords.stream().map(Keyword::term).toList();
  }

  @Test
  void segments_chinese_and_picks_the_product_words() {
    List<Keyword> keywords = extractor.extract("华为 新款 手机 拍照 续航", 3);

    assertThat(termsOf(keywords)).contains("手机", "华为");
  }

  @Test
  void segments_unspaced_chinese_and_drops_function_words() {
    List<String> terms = extractor.terms("这是一款非常好用的华为手机，我们都很喜欢它的拍照功能。");

    assertThat(terms).contains("华为", "手机", "拍照");
    assertThat(terms).doesNotContain("的", "是", "我们", "很", "它", "，", "。");
  }

  @Test
  void analyses_english_with_stop_words_removed_and_plurals_folded() {
    List<String> terms = extractor.terms("The best phones for the price: cameras and batteries!");

    assertThat(terms).containsExactly("best", "phone", "price", "camera", "battery");
  }

  @Test
  void analyses_each_script_of_mixed_text_in_its_own_language() {
    List<String> terms = extractor.terms("华为 Mate phones 新款手机 with the best cameras");

    assertThat(terms).contains("华为", "mate", "phone", "手机", "camera");
    assertThat(terms).doesNotContain("the", "with");
  }

  @Test
  void drops_numbers_and_single_letters() {
    assertThat(extractor.terms("iPhone 15 x 2024 年")).containsExactly("iphone", "年");
  }

  @Test
  void downweights_terms_common_in_the_corpus() {
    for (int i = 0; i < 20; i++) {
      extractor.observe("新款手机上市，手机促销" + (i % 2 == 0 ? "小米" : "苹果"));
    }

    List<Keyword> keywords = extractor.extract("华为手机拍照", 3);

    assertThat(keywords.get(0).term()).isIn("华为", "拍照");
    double phone =
        keywords.stream().filter(k -> k.term().equals("手机")).findFirst().orElseThrow().weight();
    double huawei =
        keywords.stream().filter(k -> k.term().equals("华为")).findFirst().orElseThrow().weight();
    assertThat(huawei).isGreaterThan(phone * 2);
  }

  @Test
  void repeated_terms_weigh_more_but_sublinearly() {
    List<Keyword> keywords = extractor.extract("running shoes running running trail", 5);

    assertThat(keywords.get(0).term()).isEqualTo("running");
    assertThat(keywords.get(0).weight()).isEqualTo((1 + Math.log(3)) * keywords.get(1).weight());
  }

  @Test
  void returns_at_most_k_keywords() {
    assertThat(extractor.extract("apples oranges pears plums", 2)).hasSize(2);
    assertThat(extractor.extract("", 5)).isEmpty();
    assertThatThrownBy(() -> extractor.extract("x", -1)).hasMessageContaining("k=-1");
  }
}
