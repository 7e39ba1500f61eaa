package io.aimpoint.engine.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileVectorsTest {
  static final Instant AT = Instant.parse("2025-03-10T12:00:00Z");
  final ProfileVectors vectors = new ProfileVectors(List.of("a", "b", "c"), 4, 0.5, 7);

  static UserProfile profile(Map<String, Double> interests, float[] semantic) {
    return new UserProfile(
        "u",
        null,
        interests,
        Set.of(),
        1,
        AT,
        null,
        semantic == null ? null : new SemanticInterest(semantic, 1),
        null,
        null,
        null);
  }

  @Test
  void interest_part_is_the_unit_direction_over_the_vocabulary() {
    double[] v = vectors.vector(profile(Map.of("a", 3.0, "c", 4.0, "unknown", 9.0), null));

    assertThat(v).hasSize(7);
    assertThat(v[0]).isCloseTo(0.6, within(1e-9));
    assertThat(v[1]).isZero();
    assertThat(v[2]).isCloseTo(0.8, within(1e-9));
    assertThat(v).endsWith(0, 0, 0, 0);
  }

  @Test
  void decay_does_not_change_the_vector() {
    double[] fresh = vectors.vector(profile(Map.of("a", 3.0, "b", 1.0), null));
    double[] aged = vectors.vector(profile(Map.of("a", 0.75, "b", 0.25), null));

    assertThat(aged).containsExactly(fresh, within(1e-12));
  }

  @Test
  void semantic_part_has_the_configured_length_and_keeps_similarity() {
    float[] e1 = {1, 0, 0, 0, 0, 0, 0, 0};
    float[] near = {0.99f, 0.14f, 0, 0, 0, 0, 0, 0};
    ProfileVectors wide = new ProfileVectors(List.of("a"), 64, 0.5, 7);

    double[] v = wide.vector(profile(Map.of("a", 1.0), e1));
    double[] w = wide.vector(profile(Map.of("a", 1.0), near));

    double semanticLength = 0;
    for (int i = 1; i < v.length; i++) {
      semanticLength += v[i] * v[i];
    }
    assertThat(Math.sqrt(semanticLength)).isCloseTo(0.5, within(1e-9));
    assertThat(ProfileVectors.cosine(v, w)).isGreaterThan(0.95);
  }

  @Test
  void profiles_without_consented_signal_are_not_clusterable() {
    assertThat(ProfileVectors.clusterable(UserProfile.empty("u", AT))).isFalse();
    assertThat(ProfileVectors.clusterable(profile(Map.of("a", 1.0), null))).isTrue();
    assertThat(ProfileVectors.clusterable(profile(Map.of(), new float[] {1, 0}))).isTrue();
  }

  @Test
  void vocabulary_orders_categories_by_total_share() {
    List<UserProfile> users =
        List.of(
            profile(Map.of("a", 10.0, "b", 10.0), null),
            profile(Map.of("b", 1.0), null),
            profile(Map.of("c", 0.1, "a", 0.1), null));

    assertThat(ProfileVectors.vocabulary(users, 2)).containsExactly("b", "a");
  }
}
