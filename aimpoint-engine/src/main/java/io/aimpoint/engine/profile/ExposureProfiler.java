package io.aimpoint.engine.profile;

import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.UserProfile;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Folds ad impressions and clicks into a profile's {@link AdExposure}: per campaign, and per
 * category for each interest category the campaign targets. Pure given {@code categories}. Each map
 * keeps at most {@link #MAX_ENTRIES} entries, the least exposed dropped first.
 */
public final class ExposureProfiler {
  static final int MAX_ENTRIES = 500;

  private final Function<String, Set<String>> categories;

  /**
   * @param categories the interest categories a campaign id targets (empty if none or unknown)
   */
  public ExposureProfiler(Function<String, Set<String>> categories) {
    this.categories = categories;
  }

  /** The profile after {@code events}; events other than impressions and clicks are ignored. */
  public UserProfile apply(UserProfile profile, List<? extends Event> events) {
    Map<String, ExposureCount> byCampaign = new HashMap<>(profile.exposure().byCampaign());
    Map<String, ExposureCount> byCategory = new HashMap<>(profile.exposure().byCategory());
    boolean changed = false;
    for (Event event : events) {
      String campaignId;
      long impressions = 0;
      long clicks = 0;
      switch (event) {
        case AdImpression e -> {
          campaignId = e.ad().campaignId();
          impressions = 1;
        }
        case AdClick e -> {
          campaignId = e.ad().campaignId();
          clicks = 1;
        }
        default -> {
          continue;
        }
      }
      changed = true;
      add(byCampaign, campaignId, impressions, clicks);
      for (String category : categories.apply(campaignId)) {
        add(byCategory, category, impressions, clicks);
      }
    }
    if (!changed) {
      return profile;
    }
    return profile.withExposure(new AdExposure(bounded(byCampaign), bounded(byCategory)));
  }

  private static void add(Map<String, ExposureCount> counts, String key, long imps, long clicks) {
    counts.merge(key, ExposureCount.ZERO.plus(imps, clicks), (a, b) -> a.plus(imps, clicks));
  }

  private static Map<String, ExposureCount> bounded(Map<String, ExposureCount> counts) {
    if (counts.size() <= MAX_ENTRIES) {
      return counts;
    }
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparingLong(
                    (Map.Entry<String, ExposureCount> e) ->
                        e.getValue().impressions() + e.getValue().clicks())
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(MAX_ENTRIES)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
