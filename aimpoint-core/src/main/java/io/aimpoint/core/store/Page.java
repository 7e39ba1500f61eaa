package io.aimpoint.core.store;

import java.util.List;

/**
 * One page of a listing ordered by id. {@code nextCursor} is the id to pass as {@code after} for
 * the next page, or null on the last page.
 */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(items);
  }
}
