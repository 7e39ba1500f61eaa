package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.user.UserProfile;
import io.aimpoint.engine.EngineConfig;
import io.aimpoint.engine.auth.PseudonymKeyRing;
import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.testkit.FakeClock;
import io.aimpoint.testkit.Samples;
import io.aimpoint.testkit.memory.InMemoryStores;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionContextsTest {
  private static final byte[] KEY = "0123456789abcdef-now".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OLD_KEY = "fedcba9876543210-old".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TRACKING = "tracking-key-0123456789".getBytes(StandardCharsets.UTF_8);

  private final FakeClock clock = new FakeClock(Samples.T0);
  private final InMemoryStores memory = InMemoryStores.create(clock);
  private final EngineConfig config = EngineConfig.defaults(KEY, TRACKING, clock);
  private final String oldKey = new Pseudonymizer(OLD_KEY).userKey("u1");
  private final String currentKey = new Pseudonymizer(KEY).userKey("u1");

  private DecisionContext decide(PseudonymKeyRing keys) {
    return new DecisionContexts(config, keys, memory.profiles())
        .build("d1", request(true), clock.instant());
  }

  private static AdRequest request(boolean consent) {
    return new AdRequest(
        "home-top", new AdRequest.User("u1", null, null, null, null, consent), null, 1);
  }

  private UserProfile profile(String userKey, String interest, long events) {
    return new UserProfile(userKey, null, Map.of(interest, 1.0), null, events, clock.instant());
  }

  @Test
  void a_profile_still_under_a_previous_pseudonym_key_reaches_the_decision() {
    memory.profiles().put(profile(oldKey, "golf", 3));

    DecisionContext context = decide(new PseudonymKeyRing(KEY, List.of(OLD_KEY)));

    assertThat(context.userKey()).isEqualTo(currentKey);
    assertThat(context.targeting().interests()).containsExactly("golf");
    // Decisions only read: the profile side moves the profile, not the decision path.
    assertThat(memory.profiles().get(oldKey)).isPresent();
    assertThat(memory.profiles().get(currentKey)).isEmpty();
  }

  @Test
  void without_the_previous_key_in_the_ring_the_old_profile_is_not_found() {
    memory.profiles().put(profile(oldKey, "golf", 3));

    assertThat(decide(null).targeting().interests()).isEmpty();
    assertThat(decide(new PseudonymKeyRing(KEY, List.of())).profile()).isEmpty();
  }

  @Test
  void a_profile_with_behaviour_under_the_current_key_wins_over_an_older_one() {
    memory.profiles().put(profile(oldKey, "golf", 3));
    memory.profiles().put(profile(currentKey, "news", 2));

    DecisionContext context = decide(new PseudonymKeyRing(KEY, List.of(OLD_KEY)));

    assertThat(context.targeting().interests()).containsExactly("news");
  }

  @Test
  void without_consent_no_profile_is_read_under_any_key() {
    memory.profiles().put(profile(oldKey, "golf", 3));

    DecisionContext context =
        new DecisionContexts(config, new PseudonymKeyRing(KEY, List.of(OLD_KEY)), memory.profiles())
            .build("d1", request(false), clock.instant());

    assertThat(context.profile()).isEmpty();
    assertThat(context.targeting().interests()).isEmpty();
  }
}
