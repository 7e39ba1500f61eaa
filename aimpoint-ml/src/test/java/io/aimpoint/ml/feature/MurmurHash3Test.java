package io.aimpoint.ml.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MurmurHash3Test {

  @Test
  void matches_published_reference_values() {
    assertThat(MurmurHash3.hash32("", 0)).isZero();
    assertThat(MurmurHash3.hash32("", 1)).isEqualTo(0x514e28b7);
    assertThat(MurmurHash3.hash32("foo", 0)).isEqualTo(-156908512);
    assertThat(MurmurHash3.hash32("hello", 0)).isEqualTo(0x248bfa47);
    assertThat(MurmurHash3.hash32("The quick brown fox jumps over the lazy dog", 0))
        .isEqualTo(0x2e4ff723);
  }

  @Test
  void hashes_strings_as_their_utf8_bytes() {
    for (String s : new String[] {"a", "abcd", "abcde", "中文广告", "é", "emoji \uD83D\uDE00 x"}) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      assertThat(MurmurHash3.hash32(s, 17)).as(s).isEqualTo(MurmurHash3.hash32(utf8, 17));
    }
  }

  @Test
  void hashes_a_slice_like_the_substring() {
    String line = "1\tfoo\t中文";
    assertThat(MurmurHash3.hash32(line, 2, 5, 3)).isEqualTo(MurmurHash3.hash32("foo", 3));
    assertThat(MurmurHash3.hash32(line, 6, 8, 3)).isEqualTo(MurmurHash3.hash32("中文", 3));
  }

  @Test
  void hashes_integers_as_little_endian_bytes() {
    byte[] four = {0x78, 0x56, 0x34, 0x12};
    assertThat(MurmurHash3.hash32(0x12345678, 9)).isEqualTo(MurmurHash3.hash32(four, 9));
    byte[] eight = {8, 7, 6, 5, 4, 3, 2, 1};
    assertThat(MurmurHash3.hash32(0x0102030405060708L, 9)).isEqualTo(MurmurHash3.hash32(eight, 9));
  }
}
