package io.aimpoint.engine.profile;

import io.aimpoint.core.event.AppEvent;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.event.Social;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.RfmCounters;
import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Folds behaviour events into a profile. Pure function: no I/O, no clock; the text features come
 * precomputed ({@link ContentAnalyzer}).
 *
 * <p><b>Decay.</b> Interest, keyword and semantic weights are stored as of the profile's {@code
 * updatedAt}. An event newer than that first ages every weight by {@code 2^(-Δt / halfLife)} to the
 * event's time; an older one (late delivery) adds its contribution already decayed to {@code
 * updatedAt}. Both orders give the same weights, so replaying the log is deterministic.
 *
 * <p><b>Contributions.</b> An event of weight {@code w} ({@link #weight}: page view and search 1,
 * social 2, purchase 3, app 0) adds {@code w} to its category's interest (its own category, else
 * the one its features inferred zero-shot), {@code w × r} to each of its keywords ({@code r} in (0,
 * 1], relative TF-IDF) and {@code w × e} to the semantic sum of its embedding {@code e}, whose
 * decayed total weight is the {@code mass}; the stored vector is the sum's direction, i.e. the
 * decayed weighted mean, normalized. Weights below {@link #MIN_WEIGHT} are dropped, and at most
 * {@link #MAX_INTERESTS} interests and {@code maxKeywords} keywords kept.
 *
 * <p>The behaviour sequence keeps the last {@code maxBehaviours} events in time order; the RFM
 * counters count every event.
 */
public final class BehaviourProfiler {
  /** Weights below this have decayed away (about 10 half-lives after a single view). */
  static final double MIN_WEIGHT = 1e-3;

  /** Bounds the profile size whatever a user does; the weakest interests go first. */
  static final int MAX_INTERESTS = 200;

  private final Decay decay;
  private final int maxKeywords;
  private final int maxBehaviours;

  public BehaviourProfiler(ProfileOptions options) {
    this.decay = new Decay(options.interestHalfLife());
    this.maxKeywords = options.maxKeywords();
    this.maxBehaviours = options.maxBehaviours();
  }

  /**
   * The profile after {@code events} (all of the profile's user, with profiling consent); {@code
   * features} holds each event's text features, in the same order.
   */
  public UserProfile apply(
      UserProfile profile, List<? extends Event> events, List<ContentFeatures> features) {
    if (events.size() != features.size()) {
      throw new IllegalArgumentException(
          "one feature set per event; events=" + events.size() + ", features=" + features.size());
    }
    Fold fold = new Fold(profile);
    for (int i = 0; i < events.size(); i++) {
      fold.add(events.get(i), features.get(i));
    }
    return fold.result(profile, events.size());
  }

  /** How much one event says about the user's interests. */
  public static double weight(Event event) {
    return switch (event) {
      case PageView e -> 1.0;
      case Search e -> 1.0;
      case Social e -> 2.0;
      case Purchase e -> 3.0;
      default -> 0.0;
    };
  }

  /** The interest category of an event, or null. */
  public static String category(Event event) {
    String category =
        switch (event) {
          case PageView e -> e.category();
          case Purchase e -> e.category();
          case Social e -> e.category();
          default -> null;
        };
    return category == null || category.isBlank() ? null : category;
  }

  /** The item of an event for the behaviour sequence: url, query, item or app id. */
  static String item(Event event) {
    return switch (event) {
      case PageView e -> e.url();
      case Search e -> e.query();
      case Purchase e -> e.item();
      case Social e -> e.item();
      case AppEvent e -> e.appId();
      default -> null;
    };
  }

  /** Mutable state of one fold. */
  private final class Fold {
    private final Map<String, Double> interests;
    private final Map<String, Double> keywords;
    private final List<Behaviour> behaviours;
    private final Map<String, Long> counts;
    private double[] sum;
    private double mass;
    private Instant asOf;
    private Instant lastEventAt;
    private long purchases;
    private long purchaseMicros;

    Fold(UserProfile p) {
      interests = new HashMap<>(p.interests());
      keywords = new HashMap<>(p.keywords());
      behaviours = new ArrayList<>(p.behaviours());
      counts = new HashMap<>(p.rfm().countsByType());
      float[] unit = p.semantic().vector();
      mass = p.semantic().mass();
      sum = new double[unit.length];
      for (int i = 0; i < unit.length; i++) {
        sum[i] = unit[i] * mass;
      }
      asOf = p.updatedAt();
      lastEventAt = p.rfm().lastEventAt();
      purchases = p.rfm().purchaseCount();
      purchaseMicros = p.rfm().purchaseMicros();
    }

    void add(Event event, ContentFeatures features) {
      Instant at = event.occurredAt();
      if (at.isAfter(asOf)) {
        age(decay.factor(Duration.between(asOf, at)));
        asOf = at;
      }
      double w = weight(event) * decay.factor(Duration.between(at, asOf));
      String category = category(event);
      if (category == null) {
        category = features.inferredCategory();
      }
      if (category != null && w > 0) {
        interests.merge(category, w, Double::sum);
      }
      features.keywords().forEach((k, r) -> keywords.merge(k, w * r, Double::sum));
      addEmbedding(features.embedding(), w);
      addBehaviour(new Behaviour(event.type(), category, item(event), at));
      counts.merge(event.type(), 1L, Long::sum);
      if (lastEventAt == null || at.isAfter(lastEventAt)) {
        lastEventAt = at;
      }
      if (event instanceof Purchase p) {
        purchases++;
        purchaseMicros = saturatedAdd(purchaseMicros, p.amountMicros());
      }
    }

    private void age(double factor) {
      interests.replaceAll((k, v) -> v * factor);
      keywords.replaceAll((k, v) -> v * factor);
      for (int i = 0; i < sum.length; i++) {
        sum[i] *= factor;
      }
      mass *= factor;
    }

    private void addEmbedding(float[] e, double w) {
      if (e.length == 0 || w <= 0) {
        return;
      }
      if (sum.length != e.length) {
        // A different embedding model: the old directions are not comparable, start over.
        sum = new double[e.length];
        mass = 0;
      }
      for (int i = 0; i < e.length; i++) {
        sum[i] += w * e[i];
      }
      mass += w;
    }

    private void addBehaviour(Behaviour b) {
      int at = behaviours.size();
      // Late events go to their place in time; usually this is the end.
      while (at > 0 && behaviours.get(at - 1).at().isAfter(b.at())) {
        at--;
      }
      behaviours.add(at, b);
      if (behaviours.size() > maxBehaviours) {
        behaviours.subList(0, behaviours.size() - maxBehaviours).clear();
      }
    }

    UserProfile result(UserProfile p, int added) {
      return new UserProfile(
          p.userKey(),
          p.demographics(),
          prune(interests, MAX_INTERESTS),
          p.segments(),
          p.eventCount() + added,
          asOf,
          prune(keywords, maxKeywords),
          semantic(),
          behaviours,
          new RfmCounters(lastEventAt, counts, purchases, purchaseMicros),
          p.exposure());
    }

    private SemanticInterest semantic() {
      double norm = 0;
      for (double v : sum) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      if (sum.length == 0 || norm == 0 || mass < MIN_WEIGHT) {
        return SemanticInterest.NONE;
      }
      float[] unit = new float[sum.length];
      for (int i = 0; i < sum.length; i++) {
        unit[i] = (float) (sum[i] / norm);
      }
      return new SemanticInterest(unit, mass);
    }
  }

  private static Map<String, Double> prune(Map<String, Double> weights, int max) {
    return weights.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_WEIGHT)
        .sorted(
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
