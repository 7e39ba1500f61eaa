package io.aimpoint.engine.profile;

import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.event.Social;
import io.aimpoint.core.user.UserProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ProfileView} of a profile: interest and keyword weights decayed to {@code now},
 * and for each interest the {@link #TOP_EVENTS} logged events that contribute most to it now (an
 * event's contribution is its {@link BehaviourProfiler#weight} decayed from its time). Pure.
 */
final class ProfileExplainer {
  static final int TOP_EVENTS = 3;

  private final Decay decay;

  ProfileExplainer(Decay decay) {
    this.decay = decay;
  }

  /** {@code events}: the user's logged events (any order); only consented behaviour counts. */
  ProfileView explain(UserProfile p, List<Event> events, Instant now) {
    Instant asOf = now.isAfter(p.updatedAt()) ? now : p.updatedAt();
    double age = decay.factor(Duration.between(p.updatedAt(), asOf));
    Map<String, List<ProfileView.Contribution>> byCategory = contributions(events, asOf);
    List<ProfileView.Interest> interests = new ArrayList<>();
    p.interests()
        .forEach(
            (category, weight) ->
                interests.add(
                    new ProfileView.Interest(
                        category,
                        weight * age,
                        top(byCategory.getOrDefault(category, List.of())))));
    interests.sort(
        Comparator.comparingDouble(ProfileView.Interest::weight)
            .reversed()
            .thenComparing(ProfileView.Interest::category));
    List<ProfileView.WeightedKeyword> keywords = new ArrayList<>();
    p.keywords().forEach((k, w) -> keywords.add(new ProfileView.WeightedKeyword(k, w * age)));
    keywords.sort(
        Comparator.comparingDouble(ProfileView.WeightedKeyword::weight)
            .reversed()
            .thenComparing(ProfileView.WeightedKeyword::term));
    return new ProfileView(
        p.userKey(),
        asOf,
        p.updatedAt(),
        p.eventCount(),
        p.demographics(),
        interests,
        keywords,
        p.semantic().vector().length,
        p.semantic().mass() * age,
        p.behaviours(),
        p.rfm(),
        p.exposure(),
        p.segments());
  }

  private Map<String, List<ProfileView.Contribution>> contributions(
      List<Event> events, Instant asOf) {
    Map<String, List<ProfileView.Contribution>> byCategory = new HashMap<>();
    for (Event e : events) {
      String category = BehaviourProfiler.category(e);
      double weight = BehaviourProfiler.weight(e);
      if (category == null || weight <= 0 || !e.consent().profiling()) {
        continue;
      }
      double now = weight * decay.factor(Duration.between(e.occurredAt(), asOf));
      byCategory
          .computeIfAbsent(category, k -> new ArrayList<>())
          .add(new ProfileView.Contribution(e.eventId(), e.type(), e.occurredAt(), label(e), now));
    }
    return byCategory;
  }

  private static List<ProfileView.Contribution> top(List<ProfileView.Contribution> all) {
    return all.stream()
        .sorted(
            Comparator.comparingDouble(ProfileView.Contribution::contribution)
                .reversed()
                .thenComparing(ProfileView.Contribution::eventId))
        .limit(TOP_EVENTS)
        .toList();
  }

  static String label(Event event) {
    return switch (event) {
      case PageView e -> e.title() != null ? e.title() : e.url();
      case Search e -> e.query();
      case Purchase e -> e.item();
      case Social e -> e.item() != null ? e.action() + " " + e.item() : e.action();
      default -> null;
    };
  }
}
