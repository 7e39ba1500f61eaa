package io.aimpoint.core.auction;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.BidType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Money invariants of the auction, over random candidate sets (jqwik prints the seed on failure).
 */
class AuctionPropertiesTest {
  final Auction auction = new GeneralizedSecondPriceAuction();

  @Provide
  Arbitrary<List<AuctionCandidate>> candidates() {
    Arbitrary<AuctionCandidate> one =
        Combinators.combine(
                Arbitraries.of("a", "b", "c", "d", "e", "f"),
                Arbitraries.integers().between(0, 40),
                Arbitraries.of(BidType.class),
                Arbitraries.longs().between(1, 50_000_000),
                Arbitraries.doubles().between(0.0, 0.5),
                Arbitraries.doubles().between(0.0, 1.0))
            .as(
                (adv, n, type, bid, ctr, cvr) ->
                    AuctionCandidate.of(
                        adv, adv + "-c" + (n % 4), adv + "-k" + n, type, bid, ctr, cvr));
    return one.list().ofMaxSize(30).uniqueElements(AuctionCandidate::creativeId);
  }

  @Property
  boolean price_is_at_most_the_bid(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 20_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 10) int slots) {
    return auction.run(cs, floor, slots).stream()
        .allMatch(w -> w.priceMicros() <= w.candidate().bidMicros());
  }

  @Property
  boolean price_is_at_least_the_floor_equivalent(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 20_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 10) int slots) {
    return auction.run(cs, floor, slots).stream()
        .allMatch(
            w ->
                w.priceMicros()
                        >= GeneralizedSecondPriceAuction.floorEquivalentMicros(w.candidate(), floor)
                    && w.priceEcpmMicros() >= floor
                    && w.priceEcpmMicros() <= w.candidate().ecpmMicros());
  }

  @Property
  boolean shows_at_most_one_ad_per_advertiser_and_at_most_the_slots(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 5_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 10) int slots) {
    List<AuctionWinner> ws = auction.run(cs, floor, slots);
    Set<String> advertisers = new HashSet<>();
    ws.forEach(w -> advertisers.add(w.candidate().advertiserId()));
    return advertisers.size() == ws.size() && ws.size() <= slots;
  }

  @Property
  void result_is_sorted_by_ecpm_and_numbered_by_slot(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 5_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 10) int slots) {
    List<AuctionWinner> ws = auction.run(cs, floor, slots);
    for (int i = 0; i < ws.size(); i++) {
      assertThat(ws.get(i).slot()).isEqualTo(i);
      assertThat(ws.get(i).candidate().ecpmMicros()).isGreaterThanOrEqualTo(floor);
      if (i > 0) {
        assertThat(
                GeneralizedSecondPriceAuction.RANKING.compare(
                    ws.get(i - 1).candidate(), ws.get(i).candidate()))
            .isNegative();
      }
    }
  }

  @Property
  void raising_a_winners_bid_never_lowers_its_slot(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 5_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 10) int slots,
      @ForAll @IntRange(min = 0, max = 9) int pick,
      @ForAll @LongRange(min = 1, max = 50_000_000) long raise) {
    List<AuctionWinner> before = auction.run(cs, floor, slots);
    if (before.isEmpty()) {
      return;
    }
    AuctionWinner winner = before.get(pick % before.size());
    AuctionCandidate w = winner.candidate();
    AuctionCandidate raised =
        AuctionCandidate.of(
            w.advertiserId(),
            w.campaignId(),
            w.creativeId(),
            w.bidType(),
            w.bidMicros() + raise,
            w.pCtr(),
            w.pCvr());
    List<AuctionCandidate> changed = new ArrayList<>(cs);
    changed.replaceAll(c -> c.equals(w) ? raised : c);

    List<AuctionWinner> after = auction.run(changed, floor, slots);

    AuctionWinner again =
        after.stream().filter(x -> x.candidate().equals(raised)).findFirst().orElseThrow();
    assertThat(again.slot()).isLessThanOrEqualTo(winner.slot());
  }

  @Property
  boolean the_outcome_does_not_depend_on_input_order(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 5_000_000) long floor) {
    List<AuctionCandidate> reversed = new ArrayList<>(cs);
    java.util.Collections.reverse(reversed);
    return auction.run(cs, floor, 5).equals(auction.run(reversed, floor, 5));
  }
}
