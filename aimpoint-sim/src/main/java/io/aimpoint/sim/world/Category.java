package io.aimpoint.sim.world;

import java.util.List;

/**
 * One interest/product category of the simulated world, e.g. {@code electronics} (数码).
 *
 * @param id stable identifier used as the creative category, interest key and targeting value
 * @param index position in {@link Taxonomy#categories()}; dense arrays are indexed by it
 * @param zh Chinese vocabulary
 * @param en English vocabulary
 * @param brands brand-like words, used in both languages
 * @param traits economics of the category (popularity, prices, bid level, conversion bias)
 */
public record Category(
    String id,
    int index,
    Vocabulary zh,
    Vocabulary en,
    List<String> brands,
    CategoryTraits traits) {

  public Category {
    if (id == null || !id.matches("[a-z]+")) {
      throw new IllegalArgumentException("category id must be lower-case letters; id=" + id);
    }
    if (index < 0) {
      throw new IllegalArgumentException("category index must be >= 0; index=" + index);
    }
    brands = List.copyOf(brands);
  }

  /** The vocabulary in {@code language}. */
  public Vocabulary vocabulary(Language language) {
    return language == Language.ZH ? zh : en;
  }

  /** The display name in {@code language}, e.g. 数码 or Electronics. */
  public String name(Language language) {
    return vocabulary(language).name();
  }
}
