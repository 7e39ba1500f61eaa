package io.aimpoint.sim.traffic;

import io.aimpoint.sim.world.Language;
import java.util.List;

/**
 * A generated article page.
 *
 * @param url the article URL
 * @param title the title, in {@code language}
 * @param text two to four sentences, in {@code language}
 * @param category the category id the page is about (truth; a model has to infer it)
 * @param language the language of title and text
 * @param keywords the page's keywords, as a publisher would tag it
 */
public record Page(
    String url,
    String title,
    String text,
    String category,
    Language language,
    List<String> keywords) {

  public Page {
    keywords = List.copyOf(keywords);
  }
}
