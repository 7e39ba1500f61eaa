package io.aimpoint.engine.profile;

import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.RecentAdActivity;
import io.aimpoint.core.user.UserProfile;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Folds ad impressions and clicks into a profile's {@link AdExposure}: per campaign, per category
 * for each interest category the campaign targets, in total, and into the decayed counts of the
 * last minutes (as of each event's time). Pure given {@code categories}. Each map keeps at most
 * {@link #MAX_ENTRIES} entries, the least exposed dropped first.
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
    ExposureCount total = profile.exposure().total();
    RecentAdActivity recent = profile.exposure().recent();
    boolean changed = false;
    for (Event event : events) {
      String campaignId;
      Instant at;
      long impressions = 0;
      long clicks = 0;
      switch (event) {
        case AdImpression e -> {
          campaignId = e.ad().campaignId();
          at = e.occurredAt();
          impressions = 1;
        }
        case AdClick e -> {
          campaignId = e.ad().campaignId();
          at = e.occurredAt();
          clicks = 1;
        }
        default -> {
          continue;
        }
      }
      changed = true;
      total = total.plus(impressions, clicks);
      recent = recent.plus(impressions, clicks, at);
      add(byCampaign, campaignId, impressions, clicks);
      for (String category : categories.apply(campaignId)) {
        add(byCategory, category, impressions, clicks);
      }
    }
    if (!changed) {
      return profile;
    }
    return profile.withExposure(
        new AdExposure(bounded(byCampaign), bounded(byCategory), total, recent));
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
