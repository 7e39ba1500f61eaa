package io.aimpoint.engine.segment;

import io.aimpoint.core.user.UserProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a cluster by its centroid's top categories: up to {@link #MAX_CATEGORIES} categories whose
 * centroid weight is at least half the strongest, joined by {@code " + "} (e.g. {@code
 * 数码/electronics + 游戏/games}); the members' top keywords (each member's weights scaled to sum 1)
 * complete the catalogue entry. A cluster with no interest signal is named {@code semantic-<n>}.
 */
public final class SegmentNamer {
  /** Categories in a name at most. */
  public static final int MAX_CATEGORIES = 3;

  /** Keywords kept per segment. */
  public static final int MAX_KEYWORDS = 5;

  private SegmentNamer() {}

  /** The centroid's top categories, strongest first. */
  public static List<String> topCategories(double[] centroid, List<String> categories) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      if (centroid[i] > 0) {
        order.add(i);
      }
    }
    order.sort(
        Comparator.<Integer>comparingDouble(i -> -centroid[i]).thenComparing(categories::get));
    if (order.isEmpty()) {
      return List.of();
    }
    double strongest = centroid[order.get(0)];
    return order.stream()
        .filter(i -> centroid[i] >= strongest / 2)
        .limit(MAX_CATEGORIES)
        .map(categories::get)
        .toList();
  }

  /** The members' strongest keywords, strongest first. */
  public static List<String> topKeywords(List<UserProfile> members) {
    Map<String, Double> totals = new HashMap<>();
    for (UserProfile p : members) {
      double sum = p.keywords().values().stream().mapToDouble(Double::doubleValue).sum();
      if (sum > 0) {
        p.keywords().forEach((k, w) -> totals.merge(k, w / sum, Double::sum));
      }
    }
    return totals.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_KEYWORDS)
        .map(Map.Entry::getKey)
        .toList();
  }

  public static String name(List<String> topCategories, int cluster) {
    return topCategories.isEmpty() ? "semantic-" + cluster : String.join(" + ", topCategories);
  }

  /**
   * {@code <method>:<slug>}: lower case, runs of whitespace as {@code -}, categories by {@code +}.
   */
  public static String id(String method, String name) {
    String slug = name.toLowerCase(Locale.ROOT).replace(" + ", "+").trim().replaceAll("\\s+", "-");
    return method + ":" + slug;
  }
}
