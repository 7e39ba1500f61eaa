package io.aimpoint.core.user;

import java.util.Map;

/**
 * The ads a user was shown and clicked, counted per campaign id and per category (the interest
 * categories the campaign targets). Counts are lifetime totals, bounded in size by the profiler.
 */
public record AdExposure(
    Map<String, ExposureCount> byCampaign, Map<String, ExposureCount> byCategory) {
  public static final AdExposure NONE = new AdExposure(Map.of(), Map.of());

  public AdExposure {
    byCampaign = byCampaign == null ? Map.of() : Map.copyOf(byCampaign);
    byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
  }
}
