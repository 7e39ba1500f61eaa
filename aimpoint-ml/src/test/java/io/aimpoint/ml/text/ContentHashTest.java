package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void normalizes_full_width_forms_and_whitespace() {
    assertThat(ContentHash.normalize("  ＡＢＣ　手机\t\n新款  ")).isEqualTo("ABC 手机 新款");
  }

  @Test
  void equal_after_normalization_means_equal_hash() {
    assertThat(ContentHash.sha256Hex("手机  新款")).isEqualTo(ContentHash.sha256Hex(" 手机 新款"));
    assertThat(ContentHash.sha256Hex("手机")).isNotEqualTo(ContentHash.sha256Hex("手 机"));
    assertThat(ContentHash.sha256Hex("")).hasSize(64);
  }
}
