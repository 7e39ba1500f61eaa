package io.aimpoint.sim.policy;

import io.aimpoint.core.auction.Auction;
import io.aimpoint.core.auction.AuctionCandidate;
import io.aimpoint.core.auction.AuctionWinner;
import io.aimpoint.core.auction.GeneralizedSecondPriceAuction;
import java.util.ArrayList;
import java.util.List;

/**
 * The random policy's auction: takes the candidates in the order given (a {@link ShuffledRanker}
 * shuffled them), keeps the rules of the engine's auction that are not about ranking (the candidate
 * must clear the reserve price, at most one ad per advertiser) and charges every winner the reserve
 * price converted into its bid unit, which is the least any auction with this reserve could charge,
 * so the random policy's revenue is comparable to the others' and bounds them from below.
 */
public final class FloorPriceAuction implements Auction {
  private final boolean categoryExclusive;

  public FloorPriceAuction() {
    this(false);
  }

  /**
   * @param categoryExclusive whether no two winners may share a creative category
   */
  public FloorPriceAuction(boolean categoryExclusive) {
    this.categoryExclusive = categoryExclusive;
  }

  @Override
  public boolean categoryExclusive() {
    return categoryExclusive;
  }

  @Override
  public FloorPriceAuction withCategoryExclusive(boolean exclusive) {
    return exclusive == categoryExclusive ? this : new FloorPriceAuction(exclusive);
  }

  @Override
  public boolean excludes(AuctionCandidate winner, AuctionCandidate other) {
    return Auction.super.excludes(winner, other)
        || (categoryExclusive && winner.sharesCategoryWith(other));
  }

  @Override
  public List<AuctionWinner> run(
      List<AuctionCandidate> candidates, long floorCpmMicros, int slots) {
    if (floorCpmMicros < 0) {
      throw new IllegalArgumentException(
          "floorCpmMicros must be >= 0; floorCpmMicros=" + floorCpmMicros);
    }
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be >= 1; slots=" + slots);
    }
    List<AuctionWinner> winners = new ArrayList<>(slots);
    for (AuctionCandidate c : candidates) {
      if (winners.size() == slots) {
        break;
      }
      long floorInUnit = GeneralizedSecondPriceAuction.floorEquivalentMicros(c, floorCpmMicros);
      boolean clears =
          c.ecpmMicros() >= Math.max(1, floorCpmMicros) && c.bidMicros() >= floorInUnit;
      if (clears && winners.stream().noneMatch(w -> excludes(w.candidate(), c))) {
        long price = Math.min(c.bidMicros(), floorInUnit);
        winners.add(new AuctionWinner(winners.size(), c, floorCpmMicros, price));
      }
    }
    return List.copyOf(winners);
  }
}
