package io.aimpoint.core.auction;

import java.util.List;

/**
 * The last stage of a decision: picks the winners among scored candidates and prices them. Later
 * auctions (pacing throttles, exploration, diversity) implement this too.
 */
public interface Auction {
  /**
   * Up to {@code slots} winners, best first.
   *
   * @param floorCpmMicros the reserve price: candidates worth less per thousand impressions lose
   */
  List<AuctionWinner> run(List<AuctionCandidate> candidates, long floorCpmMicros, int slots);

  /**
   * Whether {@code other} may no longer win once {@code winner} holds a slot of the same response.
   * Callers that fill slots over several rounds (budget reservations re-run the auction when one is
   * refused) drop such candidates before the next round. Every auction shows at most one ad per
   * advertiser; category-exclusive auctions add the category.
   */
  default boolean excludes(AuctionCandidate winner, AuctionCandidate other) {
    return winner.advertiserId().equals(other.advertiserId());
  }

  /** Whether no two winners of one response may share a creative category. */
  boolean categoryExclusive();

  /**
   * This auction with category exclusivity on or off and its other rules unchanged (the same
   * instance when nothing changes): exclusivity is a per-response option, asked for by a request or
   * set on its placement.
   */
  Auction withCategoryExclusive(boolean exclusive);
}
