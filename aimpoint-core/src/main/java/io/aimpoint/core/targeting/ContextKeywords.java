package io.aimpoint.core.targeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a request's context (page keywords, search query, page text), normalized once per
 * request so that every campaign's keywords can be matched cheaply and case-insensitively.
 *
 * <p>Normalization lower-cases (in {@link Locale#ROOT}) and turns every run of characters that are
 * neither letters nor digits into one space, so "Running-Shoes!" and "running shoes" are the same
 * text. A keyword phrase matches when its words occur contiguously and whole in one of the texts:
 * "shoe" does not match "shoes". Scripts written without spaces (Chinese, Japanese, Thai) have no
 * word boundaries to rely on, so phrases containing such characters match as substrings.
 *
 * <p>Each source is kept as a separate text so that a phrase never matches across the boundary of
 * two page keywords.
 */
public final class ContextKeywords {
  /** A context with no words: matches no keyword. */
  public static final ContextKeywords EMPTY = new ContextKeywords(List.of());

  private final List<String> texts;

  private ContextKeywords(List<String> texts) {
    this.texts = List.copyOf(texts);
  }

  /** Normalizes the request's keywords, query and page text; each may be null. */
  public static ContextKeywords of(Collection<String> keywords, String query, String pageText) {
    List<String> texts = new ArrayList<>();
    if (keywords != null) {
      for (String k : keywords) {
        addIfWords(texts, k);
      }
    }
    addIfWords(texts, query);
    addIfWords(texts, pageText);
    return texts.isEmpty() ? EMPTY : new ContextKeywords(texts);
  }

  /** Compiles a targeting keyword for {@link #contains(Phrase)}. */
  public static Phrase phrase(String keyword) {
    String words = normalize(keyword);
    boolean unspaced = words.codePoints().anyMatch(ContextKeywords::isUnspacedScript);
    return new Phrase(unspaced ? words : " " + words + " ", unspaced, words.isEmpty());
  }

  /** Whether {@code phrase} occurs in any of the context's texts. */
  public boolean contains(Phrase phrase) {
    if (phrase.empty()) {
      return false;
    }
    for (String text : texts) {
      if (text.contains(phrase.text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of {@code phrases} occurs in the context. */
  public boolean containsAny(Collection<Phrase> phrases) {
    for (Phrase p : phrases) {
      if (contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The distinct words of the context, in order of first occurrence. */
  public Set<String> words() {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      for (String w : text.trim().split(" ")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** Whether the context has no words at all. */
  public boolean isEmpty() {
    return texts.isEmpty();
  }

  private static void addIfWords(List<String> texts, String raw) {
    if (raw == null) {
      return;
    }
    String words = normalize(raw);
    if (!words.isEmpty()) {
      // Padding with spaces lets a whole-word match be a plain substring search for " phrase ".
      texts.add(" " + words + " ");
    }
  }

  /** Lower-cases and collapses every run of non-letters-or-digits into one space; trims. */
  static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && !sb.isEmpty()) {
          sb.append(' ');
        }
        pendingSpace = false;
        sb.appendCodePoint(cp);
      } else {
        pendingSpace = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isUnspacedScript(int cp) {
    if (Character.isIdeographic(cp)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }

  /**
   * A normalized keyword: {@code text} is searched for in the padded context texts; {@code
   * substring} marks phrases of unspaced scripts; an {@code empty} phrase (no letters or digits)
   * matches nothing.
   */
  public record Phrase(String text, boolean substring, boolean empty) {}
}
