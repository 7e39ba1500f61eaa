package io.aimpoint.core.store;

import io.aimpoint.core.campaign.Status;

/**
 * Filters and keyset paging for listings. Every filter may be null (no filter). Results are ordered
 * by id; {@code after} is the last id of the previous page.
 */
public record ListQuery(
    String advertiserId, String campaignId, Status status, String after, int limit) {
  public static final int MAX_LIMIT = 1000;

  public ListQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + "; limit=" + limit);
    }
  }

  public static ListQuery all(int limit) {
    return new ListQuery(null, null, null, null, limit);
  }

  public ListQuery after(String cursor) {
    return new ListQuery(advertiserId, campaignId, status, cursor, limit);
  }
}
