package io.aimpoint.testkit.contract;

import static io.aimpoint.testkit.Samples.T0;
import static io.aimpoint.testkit.Samples.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.store.ProfileStore;
import io.aimpoint.core.user.AdExposure;
import io.aimpoint.core.user.Behaviour;
import io.aimpoint.core.user.ExposureCount;
import io.aimpoint.core.user.RecentAdActivity;
import io.aimpoint.core.user.RfmCounters;
import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import io.aimpoint.testkit.Concurrently;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link ProfileStore} contract. Subclasses provide a fresh, empty store. */
public abstract class ProfileStoreContract {
  protected ProfileStore store;

  protected abstract ProfileStore newStore() throws Exception;

  /** Releases what {@link #newStore} opened beyond the store itself; called after each test. */
  protected void cleanUp() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
    cleanUp();
  }

  @Test
  void a_stored_profile_reads_back_equal() {
    store.put(profile("u1", T0));

    assertThat(store.get("u1")).contains(profile("u1", T0));
    assertThat(store.get("u2")).isEmpty();
  }

  @Test
  void put_replaces_the_profile() {
    store.put(profile("u1", T0));
    UserProfile newer =
        new UserProfile("u1", null, Map.of("golf", 1.0), null, 1, T0.plusSeconds(5));

    store.put(newer);

    assertThat(store.get("u1")).contains(newer);
  }

  @Test
  void update_of_an_unknown_user_starts_from_an_empty_profile() {
    AtomicReference<UserProfile> seen = new AtomicReference<>();

    UserProfile result =
        store.update(
            "u1",
            p -> {
              seen.set(p);
              return withEvents(p, p.eventCount() + 1);
            });

    assertThat(seen.get().userKey()).isEqualTo("u1");
    assertThat(seen.get().eventCount()).isZero();
    assertThat(seen.get().interests()).isEmpty();
    assertThat(seen.get().segments()).isEmpty();
    assertThat(result.eventCount()).isEqualTo(1);
    assertThat(store.get("u1")).contains(result);
  }

  @Test
  void update_applies_the_change_to_the_stored_profile_and_returns_the_result() {
    store.put(profile("u1", T0));

    UserProfile result = store.update("u1", p -> withEvents(p, p.eventCount() + 5));

    assertThat(result).isEqualTo(withEvents(profile("u1", T0), 17));
    assertThat(store.get("u1")).contains(result);
  }

  @Test
  void delete_removes_the_profile_and_says_whether_there_was_one() {
    store.put(profile("u1", T0));

    assertThat(store.delete("u1")).isTrue();
    assertThat(store.delete("u1")).isFalse();
    assertThat(store.get("u1")).isEmpty();
  }

  @Test
  void concurrent_updates_of_one_user_are_all_applied() {
    int threads = 16;
    int perThread = 100;

    Concurrently.run(
        threads,
        t -> {
          for (int i = 0; i < perThread; i++) {
            store.update(
                "hot",
                p -> {
                  Map<String, Double> interests = new HashMap<>(p.interests());
                  interests.merge("t" + t, 1.0, Double::sum);
                  return new UserProfile(
                      p.userKey(),
                      p.demographics(),
                      interests,
                      p.segments(),
                      p.eventCount() + 1,
                      T0);
                });
            store.update("u" + t, p -> withEvents(p, p.eventCount() + 1));
          }
        });

    UserProfile hot = store.get("hot").orElseThrow();
    assertThat(hot.eventCount()).isEqualTo((long) threads * perThread);
    assertThat(hot.interests())
        .hasSize(threads)
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(100.0));
    for (int t = 0; t < threads; t++) {
      assertThat(store.get("u" + t).orElseThrow().eventCount()).isEqualTo(perThread);
    }
  }

  @Test
  void keeps_every_part_of_a_rich_profile() {
    UserProfile rich =
        new UserProfile(
            "u1",
            null,
            Map.of("golf", 1.5),
            Set.of("s1"),
            3,
            T0,
            Map.of("driver", 0.75),
            new SemanticInterest(new float[] {0.6f, -0.8f}, 2.5),
            List.of(new Behaviour("purchase", "golf", "driver", T0)),
            new RfmCounters(T0, Map.of("purchase", 1L), 1, 250_000_000L),
            new AdExposure(
                Map.of("cmp_1", new ExposureCount(4, 1)),
                Map.of("golf", new ExposureCount(4, 1)),
                new ExposureCount(9, 2),
                new RecentAdActivity(2.5, 0.75, T0)));

    store.put(rich);

    assertThat(store.get("u1")).contains(rich);
  }

  private static UserProfile withEvents(UserProfile p, long count) {
    return new UserProfile(
        p.userKey(), p.demographics(), p.interests(), p.segments(), count, p.updatedAt());
  }

  @Test
  void for_each_visits_every_stored_profile_once() {
    store.put(profile("u1", T0));
    store.put(profile("u2", T0));
    store.put(profile("u3", T0));
    store.delete("u2");
    List<String> seen = new ArrayList<>();

    store.forEach(p -> seen.add(p.userKey()));

    assertThat(seen).containsExactlyInAnyOrder("u1", "u3");
  }
}
