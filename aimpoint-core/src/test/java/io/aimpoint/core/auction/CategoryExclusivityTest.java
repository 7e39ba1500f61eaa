package io.aimpoint.core.auction;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.BidType;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Category exclusivity in the GSP and exploring auctions (jqwik prints the seed on failure). */
class CategoryExclusivityTest {
  private static final long FLOOR = 100_000;

  private static AuctionCandidate cpm(String advertiser, long bid, String category) {
    return AuctionCandidate.of(
            advertiser, "c-" + advertiser, "k-" + advertiser, BidType.CPM, bid, 0, 0)
        .withCategory(category);
  }

  @Test
  void a_candidate_excluded_by_a_higher_slot_sets_no_price() {
    List<AuctionCandidate> cs =
        List.of(
            cpm("a", 5_000_000, "travel"),
            cpm("b", 4_000_000, "travel"),
            cpm("c", 3_000_000, "food"),
            cpm("d", 1_000_000, "cars"));

    List<AuctionWinner> ws = new GeneralizedSecondPriceAuction(true).run(cs, FLOOR, 3);

    assertThat(ws).extracting(w -> w.candidate().advertiserId()).containsExactly("a", "c", "d");
    // a competes with b for slot 0 (same category): b's eCPM is a's price.
    assertThat(ws.get(0).priceMicros()).isEqualTo(4_000_000);
    // b is excluded from slot 1 by a's category, so c pays what d bids, not b's 4.0.
    assertThat(ws.get(1).priceMicros()).isEqualTo(1_000_000);
    assertThat(ws.get(2).priceMicros()).isEqualTo(FLOOR);
  }

  @Test
  void without_exclusivity_both_travel_ads_win() {
    List<AuctionCandidate> cs =
        List.of(cpm("a", 5_000_000, "travel"), cpm("b", 4_000_000, "travel"));

    assertThat(new GeneralizedSecondPriceAuction().run(cs, FLOOR, 2)).hasSize(2);
    assertThat(new GeneralizedSecondPriceAuction(true).run(cs, FLOOR, 2)).hasSize(1);
  }

  @Test
  void candidates_without_a_category_never_conflict() {
    List<AuctionCandidate> cs =
        List.of(cpm("a", 5_000_000, null), cpm("b", 4_000_000, null), cpm("c", 3_000_000, "x"));

    assertThat(new GeneralizedSecondPriceAuction(true).run(cs, FLOOR, 3)).hasSize(3);
  }

  @Test
  void the_auction_reports_which_candidates_a_winner_excludes() {
    Auction exclusive = new GeneralizedSecondPriceAuction(true);
    Auction plain = new GeneralizedSecondPriceAuction();
    AuctionCandidate a = cpm("a", 5_000_000, "travel");
    AuctionCandidate b = cpm("b", 4_000_000, "travel");
    assertThat(exclusive.excludes(a, b)).isTrue();
    assertThat(plain.excludes(a, b)).isFalse();
    assertThat(plain.excludes(a, cpm("a", 1_000_000, "food"))).as("same advertiser").isTrue();
  }

  @Provide
  Arbitrary<List<AuctionCandidate>> candidates() {
    Arbitrary<AuctionCandidate> one =
        Combinators.combine(
                Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h"),
                Arbitraries.integers().between(0, 40),
                Arbitraries.of(BidType.class),
                Arbitraries.longs().between(1, 50_000_000),
                Arbitraries.doubles().between(0.0, 0.5),
                Arbitraries.doubles().between(0.0, 1.0),
                Arbitraries.of("travel", "food", "cars", "none"))
            .as(
                (adv, n, type, bid, ctr, cvr, cat) ->
                    AuctionCandidate.of(
                            adv, adv + "-c" + (n % 4), adv + "-k" + n, type, bid, ctr, cvr)
                        .withCategory(cat.equals("none") ? null : cat));
    return one.list().ofMaxSize(30).uniqueElements(AuctionCandidate::creativeId);
  }

  private static List<Auction> auctions(long seed) {
    return List.of(
        new GeneralizedSecondPriceAuction(true),
        new ExploringAuction(0.5, 3, new Random(seed), true));
  }

  @Property
  void no_two_winners_share_a_category(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 5_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 8) int slots,
      @ForAll long seed) {
    for (Auction auction : auctions(seed)) {
      List<AuctionWinner> ws = auction.run(cs, floor, slots);
      Set<String> categories = new HashSet<>();
      Set<String> advertisers = new HashSet<>();
      for (AuctionWinner w : ws) {
        String category = w.candidate().category();
        assertThat(category == null || categories.add(category)).as(ws.toString()).isTrue();
        assertThat(advertisers.add(w.candidate().advertiserId())).isTrue();
      }
      assertThat(ws.size()).isLessThanOrEqualTo(slots);
    }
  }

  @Property
  void price_is_at_most_the_bid_and_at_least_the_floor(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 20_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 8) int slots,
      @ForAll long seed) {
    for (Auction auction : auctions(seed)) {
      for (AuctionWinner w : auction.run(cs, floor, slots)) {
        assertThat(w.priceMicros()).isLessThanOrEqualTo(w.candidate().bidMicros());
        assertThat(w.priceMicros())
            .isGreaterThanOrEqualTo(
                GeneralizedSecondPriceAuction.floorEquivalentMicros(w.candidate(), floor));
        assertThat(w.priceEcpmMicros()).isBetween(floor, w.candidate().ecpmMicros());
      }
    }
  }

  @Property
  void a_winners_price_is_set_only_by_a_candidate_that_could_have_taken_its_slot(
      @ForAll("candidates") List<AuctionCandidate> cs,
      @ForAll @LongRange(max = 5_000_000) long floor,
      @ForAll @IntRange(min = 1, max = 8) int slots) {
    List<AuctionWinner> ws = new GeneralizedSecondPriceAuction(true).run(cs, floor, slots);
    List<AuctionCandidate> entrants = GeneralizedSecondPriceAuction.entrants(cs, floor);
    for (AuctionWinner w : ws) {
      Set<String> taken = new HashSet<>();
      ws.subList(0, w.slot()).forEach(x -> taken.add(x.candidate().category()));
      long rival =
          entrants.stream()
              .filter(c -> GeneralizedSecondPriceAuction.RANKING.compare(c, w.candidate()) > 0)
              .filter(c -> c.category() == null || !taken.contains(c.category()))
              .filter(c -> ws.subList(0, w.slot()).stream().noneMatch(x -> x.candidate() == c))
              .mapToLong(AuctionCandidate::ecpmMicros)
              .max()
              .orElse(0);
      assertThat(w.priceEcpmMicros()).isEqualTo(Math.max(floor, rival));
    }
  }
}
