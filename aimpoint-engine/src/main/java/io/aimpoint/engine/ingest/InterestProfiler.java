package io.aimpoint.engine.ingest;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Social;
import io.aimpoint.core.user.UserProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Folds behaviour events into a profile's interest weights: each page view, social action or
 * purchase adds weight to its category, and every weight decays exponentially with a half-life of
 * {@link #HALF_LIFE}, so that recent interests dominate old ones.
 *
 * <p>Weights are stored as of the profile's {@code updatedAt}. An event newer than that first ages
 * every weight to the event's time; an older one (late delivery) adds its weight already decayed to
 * {@code updatedAt}. Both orders give the same result, so replaying the log is deterministic. Pure
 * function: no I/O, no clock.
 */
public final class InterestProfiler {
  public static final Duration HALF_LIFE = Duration.ofDays(7);

  /** Weights below this have decayed away (about 10 half-lives after a single view). */
  static final double MIN_WEIGHT = 1e-3;

  /** Bounds the profile size whatever a user does; the weakest interests go first. */
  static final int MAX_INTERESTS = 200;

  private static final double PAGE_VIEW_WEIGHT = 1.0;
  private static final double SOCIAL_WEIGHT = 2.0;
  private static final double PURCHASE_WEIGHT = 3.0;

  /** The profile after {@code events} (all of the profile's user, with profiling consent). */
  public UserProfile apply(UserProfile profile, List<? extends Event> events) {
    Map<String, Double> weights = new HashMap<>(profile.interests());
    Instant asOf = profile.updatedAt();
    for (Event event : events) {
      Instant at = event.occurredAt();
      if (at.isAfter(asOf)) {
        double factor = decay(Duration.between(asOf, at));
        weights.replaceAll((k, w) -> w * factor);
        asOf = at;
      }
      String category = category(event);
      if (category != null) {
        double added = weight(event) * decay(Duration.between(at, asOf));
        weights.merge(category, added, Double::sum);
      }
    }
    return new UserProfile(
        profile.userKey(),
        profile.demographics(),
        prune(weights),
        profile.segments(),
        profile.eventCount() + events.size(),
        asOf);
  }

  /** {@code 2^(-age / halfLife)}. */
  static double decay(Duration age) {
    double halfLives = (double) age.toMillis() / HALF_LIFE.toMillis();
    return Math.pow(2, -halfLives);
  }

  private static String category(Event event) {
    String raw =
        switch (event) {
          case PageView e -> e.category();
          case Purchase e -> e.category();
          case Social e -> e.category();
          default -> null;
        };
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return raw.strip().toLowerCase(Locale.ROOT);
  }

  private static double weight(Event event) {
    return switch (event) {
      case Purchase e -> PURCHASE_WEIGHT;
      case Social e -> SOCIAL_WEIGHT;
      default -> PAGE_VIEW_WEIGHT;
    };
  }

  private static Map<String, Double> prune(Map<String, Double> weights) {
    return weights.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_WEIGHT)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_INTERESTS)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
