package io.aimpoint.sim.traffic;

import io.aimpoint.sim.world.Language;
import java.util.List;

/**
 * What a publisher tells the engine about where an ad will show: the fields of the engine's
 * decision request context, plus the true {@code category} the click model uses.
 *
 * @param url the page URL
 * @param pageText the page title and text (or the query, on search results)
 * @param keywords the page keywords
 * @param query the search query on search results pages, else null
 * @param language the page language
 * @param category the true category id of the page or query (not sent to the engine)
 */
public record AdContext(
    String url,
    String pageText,
    List<String> keywords,
    String query,
    Language language,
    String category) {

  public AdContext {
    keywords = List.copyOf(keywords);
  }

  /** Whether this is a search results page. */
  public boolean isSearch() {
    return query != null;
  }
}
