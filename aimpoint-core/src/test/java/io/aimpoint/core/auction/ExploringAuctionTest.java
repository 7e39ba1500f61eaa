package io.aimpoint.core.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aimpoint.core.campaign.BidType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExploringAuctionTest {
  private static final long FLOOR = 500_000;
  private static final long SEED = 20250310L;

  private static List<AuctionCandidate> candidates() {
    List<AuctionCandidate> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(
          AuctionCandidate.of("a" + i, "c" + i, "cr" + i, BidType.CPM, 1_000_000L * (i + 1), 0, 0));
    }
    return out;
  }

  @Test
  void is_exactly_the_gsp_auction_when_epsilon_is_zero() {
    ExploringAuction auction = new ExploringAuction(0, 3, new Random(SEED));
    List<AuctionWinner> gsp = new GeneralizedSecondPriceAuction().run(candidates(), FLOOR, 2);
    for (int i = 0; i < 100; i++) {
      assertThat(auction.run(candidates(), FLOOR, 2)).isEqualTo(gsp);
    }
  }

  @Test
  void propensities_over_the_alternatives_sum_to_one() {
    ExploringAuction auction = new ExploringAuction(0.2, 3, new Random(SEED));
    for (int k = 1; k <= 3; k++) {
      double sum = 0;
      for (int rank = 0; rank < 6; rank++) {
        sum += auction.propensity(rank, k);
      }
      assertThat(sum).isCloseTo(1.0, within(1e-12));
    }
    assertThat(auction.propensity(0, 3)).isCloseTo(0.8 + 0.2 / 3, within(1e-12));
    assertThat(auction.propensity(2, 3)).isCloseTo(0.2 / 3, within(1e-12));
    assertThat(auction.propensity(3, 3)).isZero();
  }

  @Test
  void explores_about_an_epsilon_share_of_slots_with_the_logged_frequencies() {
    double epsilon = 0.1;
    ExploringAuction auction = new ExploringAuction(epsilon, 3, new Random(SEED));
    int runs = 40_000;
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Double> logged = new HashMap<>();
    for (int i = 0; i < runs; i++) {
      AuctionWinner w = auction.run(candidates(), FLOOR, 1).get(0);
      counts.merge(w.candidate().campaignId(), 1, Integer::sum);
      logged.put(w.candidate().campaignId(), w.propensity());
    }
    assertThat(counts.keySet()).containsExactlyInAnyOrder("c5", "c4", "c3");
    double nonGreedy = 1 - counts.get("c5") / (double) runs;
    assertThat(nonGreedy).isCloseTo(epsilon * 2 / 3, within(0.01));
    for (String c : counts.keySet()) {
      assertThat(counts.get(c) / (double) runs).isCloseTo(logged.get(c), within(0.01));
    }
    assertThat(logged.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void explored_winners_pay_between_the_floor_and_their_bid_and_the_next_one_below() {
    ExploringAuction auction = new ExploringAuction(1.0, 6, new Random(SEED));
    for (int i = 0; i < 500; i++) {
      for (AuctionWinner w : auction.run(candidates(), FLOOR, 3)) {
        AuctionCandidate c = w.candidate();
        assertThat(w.priceMicros()).isBetween(FLOOR, c.bidMicros());
        long expected = Math.max(FLOOR, c.bidMicros() - 1_000_000L);
        assertThat(w.priceMicros()).isLessThanOrEqualTo(Math.max(expected, FLOOR));
      }
    }
  }

  @Test
  void later_slots_draw_among_the_remaining_candidates_without_repeats() {
    ExploringAuction auction = new ExploringAuction(1.0, 2, new Random(SEED));
    for (int i = 0; i < 200; i++) {
      List<AuctionWinner> winners = auction.run(candidates(), FLOOR, 3);
      assertThat(winners).extracting(w -> w.candidate().advertiserId()).doesNotHaveDuplicates();
      assertThat(winners).allSatisfy(w -> assertThat(w.propensity()).isEqualTo(0.5));
    }
  }
}
