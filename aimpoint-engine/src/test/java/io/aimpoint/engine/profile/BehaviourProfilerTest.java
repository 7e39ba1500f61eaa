package io.aimpoint.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.event.Consent;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.PageView;
import io.aimpoint.core.event.Purchase;
import io.aimpoint.core.event.Search;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.testkit.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourProfilerTest {
  private static final Instant T0 = Samples.T0;
  private static final Duration HALF = ProfileOptions.DEFAULT_HALF_LIFE;
  private final BehaviourProfiler profiler = new BehaviourProfiler(ProfileOptions.defaults());

  @Test
  void an_interest_halves_after_one_half_life() {
    UserProfile p = fold(UserProfile.empty("u", T0), view("e1", T0, "golf"));
    p = fold(p, view("e2", T0.plus(HALF), "news"));

    assertThat(p.interests().get("golf")).isCloseTo(0.5, within(1e-9));
    assertThat(p.interests().get("news")).isCloseTo(1.0, within(1e-9));
    assertThat(p.updatedAt()).isEqualTo(T0.plus(HALF));
  }

  @Test
  void purchases_weigh_more_than_views_and_count_money() {
    UserProfile p =
        fold(
            UserProfile.empty("u", T0),
            view("e1", T0, "golf"),
            new Purchase("e2", "u", T0, Consent.GRANTED, "driver", "golf", 250_000_000L));

    assertThat(p.interests().get("golf")).isCloseTo(4.0, within(1e-9));
    assertThat(p.rfm().purchaseCount()).isEqualTo(1);
    assertThat(p.rfm().purchaseMicros()).isEqualTo(250_000_000L);
    assertThat(p.rfm().countsByType()).containsEntry("page_view", 1L).containsEntry("purchase", 1L);
    assertThat(p.rfm().lastEventAt()).isEqualTo(T0);
  }

  @Test
  void late_events_give_the_same_weights_as_in_order_ones() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      events.add(view("e" + i, T0.plus(Duration.ofHours(7L * i)), i % 2 == 0 ? "golf" : "news"));
    }
    UserProfile inOrder = fold(UserProfile.empty("u", T0), events.toArray(Event[]::new));
    List<Event> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new java.util.Random(42));
    UserProfile outOfOrder = fold(UserProfile.empty("u", T0), shuffled.toArray(Event[]::new));

    assertThat(outOfOrder.interests().get("golf"))
        .isCloseTo(inOrder.interests().get("golf"), within(1e-9));
    assertThat(outOfOrder.updatedAt()).isEqualTo(inOrder.updatedAt());
    assertThat(outOfOrder.behaviours()).isEqualTo(inOrder.behaviours());
  }

  @Test
  void keeps_the_last_behaviours_in_time_order() {
    ProfileOptions options = new ProfileOptions(HALF, 50, 3, Duration.ofSeconds(10), List.of());
    BehaviourProfiler small = new BehaviourProfiler(options);
    UserProfile p = UserProfile.empty("u", T0);
    for (int i = 0; i < 5; i++) {
      Event e = view("e" + i, T0.plusSeconds(i), "c" + i);
      p = small.apply(p, List.of(e), List.of(ContentFeatures.NONE));
    }

    assertThat(p.behaviours()).extracting(Behaviour::category).containsExactly("c2", "c3", "c4");
    assertThat(p.behaviours().get(0))
        .isEqualTo(new Behaviour("page_view", "c2", "https://x.example/e2", T0.plusSeconds(2)));
    assertThat(p.eventCount()).isEqualTo(5);
  }

  @Test
  void keywords_decay_like_interests_and_are_bounded() {
    ProfileOptions options = new ProfileOptions(HALF, 2, 200, Duration.ZERO, List.of());
    BehaviourProfiler small = new BehaviourProfiler(options);
    UserProfile p =
        small.apply(
            UserProfile.empty("u", T0),
            List.of(new Search("e1", "u", T0, Consent.GRANTED, "golf clubs")),
            List.of(new ContentFeatures(Map.of("golf", 1.0, "clubs", 0.5, "cheap", 0.25), null)));
    p =
        small.apply(
            p,
            List.of(new Search("e2", "u", T0.plus(HALF), Consent.GRANTED, "x")),
            List.of(ContentFeatures.NONE));

    assertThat(p.keywords()).containsOnlyKeys("golf", "clubs");
    assertThat(p.keywords().get("golf")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void the_semantic_vector_is_the_decayed_normalized_mean_of_embeddings() {
    float[] a = {1, 0};
    float[] b = {0, 1};
    UserProfile p =
        profiler.apply(
            UserProfile.empty("u", T0),
            List.of(view("e1", T0, "x")),
            List.of(new ContentFeatures(Map.of(), a)));
    p =
        profiler.apply(
            p, List.of(view("e2", T0.plus(HALF), "y")), List.of(new ContentFeatures(Map.of(), b)));

    // 0.5·a + 1·b, normalized.
    float[] v = p.semantic().vector();
    double norm = Math.sqrt(0.25 + 1);
    assertThat((double) v[0]).isCloseTo(0.5 / norm, within(1e-6));
    assertThat((double) v[1]).isCloseTo(1 / norm, within(1e-6));
    assertThat(p.semantic().mass()).isCloseTo(1.5, within(1e-9));
  }

  private UserProfile fold(UserProfile p, Event... events) {
    List<ContentFeatures> none = Collections.nCopies(events.length, ContentFeatures.NONE);
    return profiler.apply(p, List.of(events), none);
  }

  private static PageView view(String id, Instant at, String category) {
    return new PageView(
        id, "u", at, Consent.GRANTED, "https://x.example/" + id, "t", "text", category);
  }
}
