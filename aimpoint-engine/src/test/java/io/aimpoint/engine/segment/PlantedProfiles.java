package io.aimpoint.engine.segment;

import io.aimpoint.core.user.UserProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded synthetic profiles with planted clusters: every user of cluster c is strongly interested
 * in the categories of {@code PLANTED[c]} and weakly in one random other category, with keywords of
 * the cluster's first category.
 */
final class PlantedProfiles {
  static final Instant AT = Instant.parse("2025-03-10T12:00:00Z");
  static final List<List<String>> PLANTED =
      List.of(
          List.of("electronics", "games"),
          List.of("travel", "food"),
          List.of("beauty", "fashion"),
          List.of("sports", "health"));
  static final List<String> OTHERS =
      List.of("finance", "autos", "books", "music", "home", "pets", "education", "movies");

  final List<UserProfile> profiles = new ArrayList<>();
  final int[] truth;

  PlantedProfiles(int perCluster, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    truth = new int[perCluster * PLANTED.size()];
    int n = 0;
    for (int c = 0; c < PLANTED.size(); c++) {
      for (int i = 0; i < perCluster; i++) {
        truth[n] = c;
        profiles.add(user("c" + c + "-u" + i, PLANTED.get(c), random));
        n++;
      }
    }
  }

  static UserProfile user(String key, List<String> strong, SplittableRandom random) {
    Map<String, Double> interests = new HashMap<>();
    for (String s : strong) {
      interests.put(s, 2 + 3 * random.nextDouble());
    }
    interests.put(OTHERS.get(random.nextInt(OTHERS.size())), 0.3 * random.nextDouble());
    Map<String, Double> keywords = Map.of(strong.get(0) + "-kw", 1.0, "common", 0.2);
    return new UserProfile(
        key, null, interests, Set.of(), 10, AT, keywords, null, null, null, null);
  }

  /** Adjusted Rand index of two labelings (Hubert and Arabie 1985). */
  static double adjustedRand(int[] a, int[] b) {
    Map<Long, Integer> pairs = new HashMap<>();
    Map<Integer, Integer> rows = new HashMap<>();
    Map<Integer, Integer> cols = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      pairs.merge(((long) a[i] << 32) | b[i], 1, Integer::sum);
      rows.merge(a[i], 1, Integer::sum);
      cols.merge(b[i], 1, Integer::sum);
    }
    double index = pairs.values().stream().mapToDouble(PlantedProfiles::choose2).sum();
    double sumA = rows.values().stream().mapToDouble(PlantedProfiles::choose2).sum();
    double sumB = cols.values().stream().mapToDouble(PlantedProfiles::choose2).sum();
    double expected = sumA * sumB / choose2(a.length);
    double max = (sumA + sumB) / 2;
    return (index - expected) / (max - expected);
  }

  private static double choose2(int n) {
    return n * (n - 1) / 2.0;
  }
}
