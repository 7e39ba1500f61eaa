package io.aimpoint.sim.truth;

import java.time.Instant;

/**
 * Where and when an ad is shown, as far as the click model cares.
 *
 * @param at the instant of the impression
 * @param pageCategory the category id of the page (or of the query, on search results); null if
 *     unknown
 * @param search whether the ad is on a search results page, where intent is explicit
 * @param position 0-based position of the ad among the slots of the response
 * @param recentExposures impressions of the same campaign to the same user in the preceding 24
 *     hours
 */
public record ClickContext(
    Instant at, String pageCategory, boolean search, int position, int recentExposures) {

  public ClickContext {
    if (at == null) {
      throw new IllegalArgumentException("at is required");
    }
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0; position=" + position);
    }
    if (recentExposures < 0) {
      throw new IllegalArgumentException(
          "recentExposures must be >= 0; recentExposures=" + recentExposures);
    }
  }
}
