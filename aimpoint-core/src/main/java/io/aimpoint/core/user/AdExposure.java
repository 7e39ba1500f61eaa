package io.aimpoint.core.user;

import java.util.Map;

/**
 * The ads a user was shown and clicked: lifetime counts per campaign id and per category (the
 * interest categories the campaign targets), bounded in size by the profiler; lifetime totals over
 * all ads; and the decayed counts of the last minutes. Null parts read as empty (profiles stored
 * before a part existed).
 */
public record AdExposure(
    Map<String, ExposureCount> byCampaign,
    Map<String, ExposureCount> byCategory,
    ExposureCount total,
    RecentAdActivity recent) {
  public static final AdExposure NONE =
      new AdExposure(Map.of(), Map.of(), ExposureCount.ZERO, RecentAdActivity.NONE);

  public AdExposure {
    byCampaign = byCampaign == null ? Map.of() : Map.copyOf(byCampaign);
    byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
    total = total == null ? ExposureCount.ZERO : total;
    recent = recent == null ? RecentAdActivity.NONE : recent;
  }
}
