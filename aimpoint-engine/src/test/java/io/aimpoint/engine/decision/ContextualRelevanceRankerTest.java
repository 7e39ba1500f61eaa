package io.aimpoint.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.targeting.ContextKeywords;
import io.aimpoint.core.targeting.TargetingRequest;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.SemanticInterest;
import io.aimpoint.core.user.UserProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContextualRelevanceRankerTest {
  static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");
  static final double BASE_CTR = 0.02;
  static final Ranker BASELINE =
      (context, candidates) ->
          candidates.stream().map(c -> ScoredCandidate.of(c, BASE_CTR, 0.1)).toList();

  final ContextualRelevanceRanker ranker =
      new ContextualRelevanceRanker(BASELINE, new ContextualRelevanceOptions(10, 5));

  @Test
  void the_shift_is_the_logistic_update_of_the_odds() {
    double p = ContextualRelevanceRanker.shifted(0.01, Math.log(2));

    assertThat(p / (1 - p)).isCloseTo(2 * 0.01 / 0.99, within(1e-12));
    assertThat(ContextualRelevanceRanker.shifted(0.3, 0)).isCloseTo(0.3, within(1e-12));
    assertThat(ContextualRelevanceRanker.shifted(0, -50)).isBetween(0.0, 1e-9);
  }

  @Test
  void without_vectors_the_baseline_passes_through() {
    List<AdCandidate> candidates = List.of(candidate("a", new float[0]), candidate("b", null));

    Map<String, Double> scored = pCtrs(context(null, null), candidates);

    assertThat(scored).containsEntry("a", BASE_CTR).containsEntry("b", BASE_CTR);
  }

  @Test
  void the_creative_closest_to_the_context_gains_and_the_others_lose_around_the_mean() {
    float[] page = {1, 0};
    List<AdCandidate> candidates =
        List.of(
            candidate("match", new float[] {1, 0}),
            candidate("half", unit(1, 1)),
            candidate("off", new float[] {0, 1}),
            candidate("unembedded", null));

    Map<String, Double> p = pCtrs(context(page, null), candidates);

    assertThat(p.get("match")).isGreaterThan(BASE_CTR);
    assertThat(p.get("off")).isLessThan(BASE_CTR);
    assertThat(p.get("unembedded")).isEqualTo(BASE_CTR);
    // Similarities 1, 0.707, 0 have mean 0.569: logit moves by 10 · (sim − mean).
    double mean = (1 + Math.sqrt(0.5)) / 3;
    assertThat(logit(p.get("match")) - logit(BASE_CTR)).isCloseTo(10 * (1 - mean), within(1e-6));
    assertThat(logit(p.get("off")) - logit(BASE_CTR)).isCloseTo(-10 * mean, within(1e-6));
  }

  @Test
  void a_consenting_users_semantic_vector_adds_its_own_term() {
    List<AdCandidate> candidates =
        List.of(candidate("a", new float[] {1, 0}), candidate("b", new float[] {0, 1}));

    Map<String, Double> p = pCtrs(context(null, new float[] {0, 1}), candidates);

    assertThat(logit(p.get("b")) - logit(BASE_CTR)).isCloseTo(5 * 0.5, within(1e-6));
    assertThat(p.get("a")).isLessThan(BASE_CTR);
  }

  private Map<String, Double> pCtrs(DecisionContext context, List<AdCandidate> candidates) {
    return ranker.score(context, candidates).stream()
        .collect(Collectors.toMap(s -> s.candidate().campaign().id(), ScoredCandidate::pCtr));
  }

  private static DecisionContext context(float[] contextVector, float[] userVector) {
    Optional<UserProfile> profile =
        Optional.ofNullable(userVector)
            .map(
                v ->
                    new UserProfile(
                        "u",
                        Demographics.UNKNOWN,
                        Map.of(),
                        Set.of(),
                        1,
                        T0,
                        null,
                        new SemanticInterest(v, 1),
                        null,
                        null,
                        null));
    TargetingRequest targeting =
        new TargetingRequest(
            T0,
            Demographics.UNKNOWN,
            Set.of(),
            Set.of(),
            ContextKeywords.EMPTY,
            null,
            userVector != null);
    return new DecisionContext("d", "p", "u", profile, targeting, contextVector);
  }

  private static AdCandidate candidate(String id, float[] vector) {
    Campaign campaign =
        new Campaign(
            id,
            "adv-" + id,
            id,
            Status.ACTIVE,
            null,
            null,
            null,
            null,
            null,
            new Bid(BidType.CPC, 1_000_000),
            null,
            null,
            T0,
            T0,
            1);
    Creative creative =
        new Creative(
            id + "-cr",
            id,
            "adv-" + id,
            "Title " + id,
            null,
            null,
            "https://shop.example.com/" + id,
            null,
            null,
            List.of(),
            null,
            Status.ACTIVE,
            T0,
            T0,
            1);
    return new AdCandidate(campaign, creative, vector);
  }

  private static float[] unit(float x, float y) {
    float n = (float) Math.sqrt(x * x + y * y);
    return new float[] {x / n, y / n};
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }
}
