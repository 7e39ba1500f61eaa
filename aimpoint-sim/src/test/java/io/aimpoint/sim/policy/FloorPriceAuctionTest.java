package io.aimpoint.sim.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.auction.AuctionWinner;
import io.aimpoint.core.campaign.BidType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorPriceAuctionTest {
  private final FloorPriceAuction auction = new FloorPriceAuction();

  @Test
  void takes_candidates_in_the_given_order_and_charges_the_floor() {
    AuctionCandidate cheap = AuctionCandidate.of("a1", "c1", "k1", BidType.CPM, 2_000_000, 0, 0);
    AuctionCandidate rich = AuctionCandidate.of("a2", "c2", "k2", BidType.CPM, 9_000_000, 0, 0);
    List<AuctionWinner> winners = auction.run(List.of(cheap, rich), 1_000_000, 2);
    assertThat(winners).extracting(w -> w.candidate().campaignId()).containsExactly("c1", "c2");
    assertThat(winners).extracting(AuctionWinner::priceMicros).containsOnly(1_000_000L);
    assertThat(winners).extracting(AuctionWinner::slot).containsExactly(0, 1);
  }

  @Test
  void prices_a_click_bid_at_the_floor_in_its_own_unit() {
    // eCPM = 0.5 units x 1000 x 1% = 5 units; a floor of 2 units per mille is 0.2 per click.
    AuctionCandidate cpc = AuctionCandidate.of("a1", "c1", "k1", BidType.CPC, 500_000, 0.01, 0);
    AuctionWinner w = auction.run(List.of(cpc), 2_000_000, 1).getFirst();
    assertThat(w.priceMicros()).isEqualTo(200_000);
  }

  @Test
  void skips_candidates_below_the_floor_and_second_ads_of_an_advertiser() {
    AuctionCandidate low = AuctionCandidate.of("a1", "c1", "k1", BidType.CPM, 500_000, 0, 0);
    AuctionCandidate first = AuctionCandidate.of("a2", "c2", "k2", BidType.CPM, 3_000_000, 0, 0);
    AuctionCandidate again = AuctionCandidate.of("a2", "c3", "k3", BidType.CPM, 4_000_000, 0, 0);
    AuctionCandidate other = AuctionCandidate.of("a3", "c4", "k4", BidType.CPM, 1_500_000, 0, 0);
    List<AuctionWinner> winners = auction.run(List.of(low, first, again, other), 1_000_000, 3);
    assertThat(winners).extracting(w -> w.candidate().campaignId()).containsExactly("c2", "c4");
  }
}
