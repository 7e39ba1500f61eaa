package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

  @Test
  void detects_the_language_by_the_share_of_han_characters() {
    assertThat(TextLanguage.detect("华为新款手机拍照续航")).isEqualTo(TextLanguage.CHINESE);
    assertThat(TextLanguage.detect("The best phones of the year")).isEqualTo(TextLanguage.ENGLISH);
    assertThat(TextLanguage.detect("华为 Mate 60 手机")).isEqualTo(TextLanguage.MIXED);
    assertThat(TextLanguage.detect("2024 !!! 123")).isEqualTo(TextLanguage.NONE);
    assertThat(TextLanguage.detect("")).isEqualTo(TextLanguage.NONE);
  }

  @Test
  void a_brand_name_in_a_chinese_sentence_keeps_it_chinese() {
    assertThat(TextLanguage.detect("这款iPhone的拍照效果非常出色，电池续航也很长")).isEqualTo(TextLanguage.CHINESE);
  }
}
