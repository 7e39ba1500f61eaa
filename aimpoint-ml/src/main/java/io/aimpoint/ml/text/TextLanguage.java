package io.aimpoint.ml.text;

import java.util.Objects;

/**
 * The language of a text as far as analysis cares, decided by script: the share of Han characters
 * among Han characters and Latin letters.
 *
 * <p>Characters are counted, not words, so a Chinese word (about two characters) weighs less than
 * an English one (about five letters); the thresholds allow for that: "华为 Mate 60 手机" is mixed.
 */
public enum TextLanguage {
  /** At least {@value #CHINESE_SHARE} of the letters are Han characters. */
  CHINESE,
  /** At most {@value #ENGLISH_SHARE} of the letters are Han characters. */
  ENGLISH,
  /** Both scripts in between: each run is analysed in its own language. */
  MIXED,
  /** No Han characters and no Latin letters (empty, digits, punctuation). */
  NONE;

  /** Han share at or above which a text is Chinese. */
  public static final double CHINESE_SHARE = 0.7;

  /** Han share at or below which a text is English. */
  public static final double ENGLISH_SHARE = 0.1;

  /** Detects the language of {@code text} by its share of Han characters. */
  public static TextLanguage detect(String text) {
    Objects.requireNonNull(text, "text");
    int han = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isHan(cp)) {
        han++;
      } else if (isLatinLetter(cp)) {
        latin++;
      }
      i += Character.charCount(cp);
    }
    if (han + latin == 0) {
      return NONE;
    }
    double share = (double) han / (han + latin);
    if (share >= CHINESE_SHARE) {
      return CHINESE;
    }
    return share <= ENGLISH_SHARE ? ENGLISH : MIXED;
  }

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  static boolean isLatinLetter(int codePoint) {
    return Character.isLetter(codePoint)
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
  }
}
