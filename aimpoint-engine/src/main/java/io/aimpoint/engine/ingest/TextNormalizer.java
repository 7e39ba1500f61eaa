package io.aimpoint.engine.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes client text before it is stored or profiled. NFKC folds compatibility forms
 * (full-width letters and digits, ligatures, the ideographic space) into their canonical
 * characters, so that {@code "Ｇｏｌｆ"} and {@code "Golf"} are one category; runs of whitespace
 * (including non-breaking and ideographic spaces) collapse to one space. Labels (categories,
 * actions) are also lower-cased; free text (titles, page text, queries) keeps its case, which
 * carries meaning.
 */
public final class TextNormalizer {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private TextNormalizer() {}

  /** NFKC, whitespace collapsed and stripped; null stays null, blank becomes null. */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
    String collapsed = WHITESPACE.matcher(folded).replaceAll(" ").strip();
    return collapsed.isEmpty() ? null : collapsed;
  }

  /** {@link #text} lower-cased (locale-independent): for categories, actions and keywords. */
  public static String label(String s) {
    String t = text(s);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }
}
