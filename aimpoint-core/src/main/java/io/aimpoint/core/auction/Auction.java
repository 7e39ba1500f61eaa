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
}
