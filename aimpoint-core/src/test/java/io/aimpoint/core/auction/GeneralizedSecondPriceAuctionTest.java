package io.aimpoint.core.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.BidType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneralizedSecondPriceAuctionTest {
  final Auction auction = new GeneralizedSecondPriceAuction();

  static AuctionCandidate cpm(String advertiser, String creative, long bid) {
    return AuctionCandidate.of(advertiser, "c-" + creative, creative, BidType.CPM, bid, 0.01, 0.05);
  }

  @Test
  void winner_pays_the_next_candidates_ecpm() {
    List<AuctionWinner> w =
        auction.run(List.of(cpm("a", "x", 3_000_000), cpm("b", "y", 2_000_000)), 500_000, 1);

    assertThat(w)
        .singleElement()
        .satisfies(
            win -> {
              assertThat(win.candidate().creativeId()).isEqualTo("x");
              assertThat(win.priceEcpmMicros()).isEqualTo(2_000_000);
              assertThat(win.priceMicros()).isEqualTo(2_000_000);
            });
  }

  @Test
  void a_lone_winner_pays_the_floor() {
    List<AuctionWinner> w = auction.run(List.of(cpm("a", "x", 3_000_000)), 500_000, 3);

    assertThat(w).singleElement().extracting(AuctionWinner::priceMicros).isEqualTo(500_000L);
  }

  @Test
  void drops_candidates_below_the_floor_and_they_do_not_set_prices() {
    List<AuctionWinner> w =
        auction.run(List.of(cpm("a", "x", 3_000_000), cpm("b", "y", 400_000)), 500_000, 2);

    assertThat(w).singleElement().extracting(AuctionWinner::priceMicros).isEqualTo(500_000L);
  }

  @Test
  void each_slot_pays_the_ecpm_of_the_slot_below() {
    List<AuctionWinner> w =
        auction.run(
            List.of(
                cpm("a", "x", 1_000_000),
                cpm("b", "y", 3_000_000),
                cpm("c", "z", 2_000_000),
                cpm("d", "v", 1_500_000)),
            100_000,
            3);

    assertThat(w).extracting(x -> x.candidate().creativeId()).containsExactly("y", "z", "v");
    assertThat(w)
        .extracting(AuctionWinner::priceMicros)
        .containsExactly(2_000_000L, 1_500_000L, 1_000_000L);
    assertThat(w).extracting(AuctionWinner::slot).containsExactly(0, 1, 2);
  }

  @Test
  void shows_one_ad_per_advertiser_and_its_best_does_not_pay_its_own_second_price() {
    List<AuctionWinner> w =
        auction.run(
            List.of(cpm("a", "x1", 3_000_000), cpm("a", "x2", 2_500_000), cpm("b", "y", 1_000_000)),
            100_000,
            3);

    assertThat(w).extracting(x -> x.candidate().creativeId()).containsExactly("x1", "y");
    assertThat(w.get(0).priceMicros()).isEqualTo(1_000_000);
  }

  @Test
  void converts_the_price_into_the_cpc_unit_rounding_up_and_capped_at_the_bid() {
    // CPC bid 0.50 at pCtr 2% is worth 10.00 CPM; the runner-up is worth 4.00 CPM.
    AuctionCandidate cpc = AuctionCandidate.of("a", "c1", "x", BidType.CPC, 500_000, 0.02, 0.1);
    AuctionCandidate runnerUp = cpm("b", "y", 4_000_000);

    List<AuctionWinner> w = auction.run(List.of(cpc, runnerUp), 100_000, 1);

    assertThat(cpc.ecpmMicros()).isEqualTo(10_000_000);
    assertThat(w.get(0).priceEcpmMicros()).isEqualTo(4_000_000);
    // 4.00 CPM / (1000 x 0.02) = 0.20 per click.
    assertThat(w.get(0).priceMicros()).isEqualTo(200_000);
  }

  @Test
  void prices_cpa_per_conversion() {
    // CPA bid 20.00 at pCtr 1% and pCvr 5% is worth 10.00 CPM.
    AuctionCandidate cpa = AuctionCandidate.of("a", "c1", "x", BidType.CPA, 20_000_000, 0.01, 0.05);

    List<AuctionWinner> w = auction.run(List.of(cpa), 2_000_000, 1);

    assertThat(cpa.ecpmMicros()).isEqualTo(10_000_000);
    // Floor 2.00 CPM / (1000 x 0.01 x 0.05) = 4.00 per conversion.
    assertThat(w.get(0).priceMicros()).isEqualTo(4_000_000);
  }

  @Test
  void breaks_ties_by_campaign_then_creative() {
    AuctionCandidate b = AuctionCandidate.of("b", "c2", "k", BidType.CPM, 1_000_000, 0.01, 0.01);
    AuctionCandidate a = AuctionCandidate.of("a", "c1", "z", BidType.CPM, 1_000_000, 0.01, 0.01);

    assertThat(auction.run(List.of(b, a), 0, 2))
        .extracting(x -> x.candidate().campaignId())
        .containsExactly("c1", "c2");
    assertThat(auction.run(List.of(a, b), 0, 2))
        .extracting(x -> x.candidate().campaignId())
        .containsExactly("c1", "c2");
  }

  @Test
  void drops_candidates_worth_nothing_even_without_a_floor() {
    AuctionCandidate never = AuctionCandidate.of("a", "c1", "x", BidType.CPC, 1_000_000, 0.0, 0.0);

    assertThat(auction.run(List.of(never), 0, 1)).isEmpty();
  }

  @Test
  void rejects_bad_arguments_naming_the_value() {
    assertThatThrownBy(() -> auction.run(List.of(), -1, 1))
        .hasMessageContaining("floorCpmMicros=-1");
    assertThatThrownBy(() -> auction.run(List.of(), 0, 0)).hasMessageContaining("slots=0");
    assertThatThrownBy(() -> new AuctionCandidate("a", "c", "x", BidType.CPM, 100, 0.1, 0.1, 99))
        .hasMessageContaining("ecpmMicros=99");
  }
}
