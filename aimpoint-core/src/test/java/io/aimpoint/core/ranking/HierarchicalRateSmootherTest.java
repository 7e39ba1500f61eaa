package io.aimpoint.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HierarchicalRateSmootherTest {
  final HierarchicalRateSmoother smoother = new HierarchicalRateSmoother(SmoothingOptions.DEFAULTS);

  @Test
  void with_no_data_returns_the_base_prior() {
    Rates r = smoother.estimate(DeliveryCounts.ZERO, DeliveryCounts.ZERO, DeliveryCounts.ZERO);

    assertThat(r.pCtr()).isCloseTo(0.01, within(1e-12));
    assertThat(r.pCvr()).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void a_new_creative_inherits_its_campaigns_rate() {
    DeliveryCounts campaign = new DeliveryCounts(1_000_000, 30_000, 3_000);

    Rates r = smoother.estimate(campaign, campaign, DeliveryCounts.ZERO);

    assertThat(r.pCtr()).isCloseTo(0.03, within(1e-4));
    assertThat(r.pCvr()).isCloseTo(0.10, within(1e-3));
  }

  @Test
  void a_new_campaign_starts_at_the_global_rate() {
    DeliveryCounts all = new DeliveryCounts(10_000_000, 200_000, 10_000);

    Rates r = smoother.estimate(all, DeliveryCounts.ZERO, DeliveryCounts.ZERO);

    assertThat(r.pCtr()).isCloseTo(0.02, within(1e-4));
    assertThat(r.pCvr()).isCloseTo(0.05, within(1e-3));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.001, 0.02, 0.3})
  void with_lots_of_data_converges_to_the_empirical_rate(double trueCtr) {
    DeliveryCounts all = new DeliveryCounts(50_000_000, 500_000, 20_000);
    DeliveryCounts campaign = new DeliveryCounts(2_000_000, 10_000, 500);
    long imps = 100_000_000;
    long clicks = Math.round(imps * trueCtr);
    DeliveryCounts creative = new DeliveryCounts(imps, clicks, clicks / 4);

    Rates r = smoother.estimate(all.plus(creative), campaign.plus(creative), creative);

    assertThat(r.pCtr()).isCloseTo(trueCtr, within(trueCtr * 1e-3));
    assertThat(r.pCvr()).isCloseTo(0.25, within(1e-3));
  }

  @Test
  void is_strictly_monotonic_in_clicks() {
    DeliveryCounts parent = new DeliveryCounts(100_000, 1_000, 50);
    double previous = -1;
    for (long clicks = 0; clicks <= 1_000; clicks += 10) {
      DeliveryCounts creative = new DeliveryCounts(1_000, clicks, 0);
      double ctr = smoother.estimate(parent, parent, creative).pCtr();
      assertThat(ctr).as("clicks=%d", clicks).isGreaterThan(previous);
      previous = ctr;
    }
  }

  @Test
  void is_strictly_monotonic_in_conversions() {
    DeliveryCounts parent = new DeliveryCounts(100_000, 1_000, 50);
    double previous = -1;
    for (long conversions = 0; conversions <= 100; conversions += 5) {
      DeliveryCounts creative = new DeliveryCounts(10_000, 100, conversions);
      double cvr = smoother.estimate(parent, parent, creative).pCvr();
      assertThat(cvr).as("conversions=%d", conversions).isGreaterThan(previous);
      previous = cvr;
    }
  }

  @Test
  void stays_a_probability_when_clicks_exceed_impressions() {
    DeliveryCounts odd = new DeliveryCounts(10, 50, 80);

    Rates r = smoother.estimate(odd, odd, odd);

    assertThat(r.pCtr()).isBetween(0.0, 1.0);
    assertThat(r.pCvr()).isBetween(0.0, 1.0);
  }

  @Test
  void beta_prior_updates_conjugately() {
    BetaPrior prior = BetaPrior.withMean(0.1, 100);

    BetaPrior posterior = prior.posterior(30, 100);

    assertThat(prior.alpha()).isCloseTo(10, within(1e-9));
    assertThat(posterior.alpha()).isCloseTo(40, within(1e-9));
    assertThat(posterior.beta()).isCloseTo(160, within(1e-9));
    assertThat(posterior.mean()).isCloseTo(0.2, within(1e-12));
    assertThat(posterior.strength()).isCloseTo(200, within(1e-9));
  }

  @Test
  void rejects_bad_arguments_naming_the_value() {
    assertThatThrownBy(() -> BetaPrior.withMean(0.1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strength=0.0");
    assertThatThrownBy(() -> new DeliveryCounts(-1, 0, 0)).hasMessageContaining("impressions=-1");
  }
}
