package io.aimpoint.sim.world;

import java.util.List;

/**
 * The words of one category in one language: its display {@code name}, product {@code nouns},
 * {@code adjectives} and page-title templates. Templates use the placeholders {@code {brand}},
 * {@code {adj}}, {@code {noun}}, {@code {noun2}} and {@code {n}} (a small number).
 */
public record Vocabulary(
    String name, List<String> nouns, List<String> adjectives, List<String> titleTemplates) {

  public Vocabulary {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("vocabulary name must not be blank; name=" + name);
    }
    nouns = nonEmpty(nouns, "nouns", name);
    adjectives = nonEmpty(adjectives, "adjectives", name);
    titleTemplates = nonEmpty(titleTemplates, "titleTemplates", name);
  }

  private static List<String> nonEmpty(List<String> words, String field, String name) {
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException(field + " of '" + name + "' must not be empty");
    }
    return List.copyOf(words);
  }
}
