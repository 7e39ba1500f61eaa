package io.aimpoint.sim.world;

import io.aimpoint.core.campaign.Placement;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A publisher ad slot position of the simulated sites, with how many ads one request asks for.
 *
 * @param placement the core placement (id, name, floor CPM) the runner registers with the engine
 * @param minSlots fewest ads a request on it asks for
 * @param maxSlots most ads a request on it asks for
 */
public record SimPlacement(Placement placement, int minSlots, int maxSlots) {
  /** Placement id of the search results page; only searches produce requests on it. */
  public static final String SEARCH_RESULTS = "search-results";

  public SimPlacement {
    if (minSlots < 1 || maxSlots < minSlots) {
      throw new IllegalArgumentException(
          "need 1 <= minSlots <= maxSlots; minSlots=" + minSlots + ", maxSlots=" + maxSlots);
    }
  }

  /** The placements of the simulated sites: three on article pages, one on search results. */
  public static List<SimPlacement> standard() {
    return List.of(
        of("feed-native", "信息流原生 / native feed", 1_000_000, 1, 2),
        of("article-top", "文章顶部 / article top banner", 2_000_000, 1, 1),
        of("article-side", "文章侧栏 / article sidebar", 500_000, 2, 3),
        of(SEARCH_RESULTS, "搜索结果 / search results", 3_000_000, 1, 3));
  }

  private static SimPlacement of(String id, String name, long floorCpmMicros, int min, int max) {
    return new SimPlacement(new Placement(id, name, floorCpmMicros, null), min, max);
  }

  public String id() {
    return placement.id();
  }

  /** A slot count in [minSlots, maxSlots]. */
  public int drawSlots(RandomGenerator rng) {
    return minSlots + rng.nextInt(maxSlots - minSlots + 1);
  }
}
