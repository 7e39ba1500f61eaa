package io.aimpoint.engine.creative;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.ranking.BetaPrior;
import io.aimpoint.engine.creative.ColdStartPrior.Neighbour;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartPriorTest {
  static final BetaPrior FALLBACK = BetaPrior.withMean(0.01, 2);

  /** Two clusters of existing creatives: "running shoes" at 6% CTR, "insurance" at 0.5%. */
  static final List<Neighbour> EXISTING =
      List.of(
          new Neighbour("shoes-1", unit(1, 0.1f, 0), 10_000, 600),
          new Neighbour("shoes-2", unit(0.9f, 0.2f, 0), 5_000, 300),
          new Neighbour("insurance-1", unit(0, 0.1f, 1), 10_000, 50),
          new Neighbour("insurance-2", unit(0.1f, 0, 0.9f), 8_000, 40),
          new Neighbour("unseen", unit(1, 0, 0), 20, 20));

  final ColdStartPrior prior = new ColdStartPrior(2, 20, 100);

  @Test
  void a_new_creative_like_a_high_ctr_one_gets_a_higher_prior_than_one_like_a_low_ctr_one() {
    BetaPrior likeShoes = prior.prior(unit(1, 0.15f, 0.05f), EXISTING, FALLBACK);
    BetaPrior likeInsurance = prior.prior(unit(0.05f, 0.05f, 1), EXISTING, FALLBACK);

    assertThat(likeShoes.mean()).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.005));
    assertThat(likeInsurance.mean()).isCloseTo(0.005, org.assertj.core.data.Offset.offset(0.001));
    assertThat(likeShoes.mean()).isGreaterThan(likeInsurance.mean());
  }

  @Test
  void strength_is_bounded_and_grows_with_similarity() {
    BetaPrior close = prior.prior(unit(1, 0.1f, 0), EXISTING, FALLBACK);
    BetaPrior far = prior.prior(unit(1, 1, 1), EXISTING, FALLBACK);

    assertThat(close.strength()).isLessThanOrEqualTo(20).isGreaterThan(19);
    assertThat(far.strength()).isLessThan(close.strength());
  }

  @Test
  void creatives_with_too_few_impressions_do_not_count() {
    BetaPrior p =
        prior.prior(unit(1, 0, 0), List.of(new Neighbour("new", unit(1, 0, 0), 99, 99)), FALLBACK);
    assertThat(p).isEqualTo(FALLBACK);
  }

  @Test
  void without_a_vector_or_a_similar_creative_the_fallback_applies() {
    assertThat(prior.prior(new float[0], EXISTING, FALLBACK)).isEqualTo(FALLBACK);
    assertThat(prior.prior(unit(0, 1, 0), List.of(EXISTING.get(2)), FALLBACK).mean())
        .as("cos 0.1 still counts, weakly")
        .isCloseTo(0.005, org.assertj.core.data.Offset.offset(0.001));
    assertThat(prior.prior(unit(-1, 0, 0), EXISTING.subList(0, 2), FALLBACK)).isEqualTo(FALLBACK);
  }

  static float[] unit(float... v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(norm));
    }
    return out;
  }
}
