package io.aimpoint.core.auction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generalized second-price (GSP) auction over eCPM with a reserve price, as in B. Edelman, M.
 * Ostrovsky, M. Schwarz, "Internet Advertising and the Generalized Second-Price Auction", American
 * Economic Review 97(1), 2007, ranking by eCPM (bid times predicted rates) rather than by bid.
 *
 * <ol>
 *   <li>Each advertiser enters with its best candidate only, so one response never shows two ads of
 *       one advertiser and an advertiser never sets the price of its own ad.
 *   <li>Candidates worth less than the floor (or nothing at all) are dropped.
 *   <li>The rest are ordered by eCPM descending, ties by campaign id, then creative id, so equal
 *       inputs always give equal outputs.
 *   <li>The winner of slot i pays the least eCPM that keeps its slot: the larger of the floor and
 *       the eCPM of the candidate ranked right below it, converted back into its bid unit (rounded
 *       up) and capped at its bid.
 * </ol>
 *
 * <p><b>Category exclusivity</b> (optional): no two winners share a creative category (candidates
 * without a category never conflict). Slots are filled greedily in ranking order; once a slot is
 * taken, every remaining candidate of the winner's category leaves the auction. The winner of slot
 * i then pays the larger of the floor and the eCPM of the best candidate ranked below it <em>that
 * could have taken slot i</em>: one whose category no higher slot holds. A candidate excluded by a
 * higher slot's category never sets a price, since it could not have had the slot at any bid of the
 * winner's; a candidate of the winner's own category does, since it would take the slot if the
 * winner bid less. Without categories this is exactly GSP.
 */
public final class GeneralizedSecondPriceAuction implements Auction {
  /** eCPM descending, then campaign id, then creative id. */
  public static final Comparator<AuctionCandidate> RANKING =
      Comparator.comparingLong(AuctionCandidate::ecpmMicros)
          .reversed()
          .thenComparing(AuctionCandidate::campaignId)
          .thenComparing(AuctionCandidate::creativeId);

  private final boolean categoryExclusive;

  /** GSP with one ad per advertiser and no category exclusivity. */
  public GeneralizedSecondPriceAuction() {
    this(false);
  }

  /**
   * @param categoryExclusive whether no two winners may share a creative category
   */
  public GeneralizedSecondPriceAuction(boolean categoryExclusive) {
    this.categoryExclusive = categoryExclusive;
  }

  @Override
  public boolean categoryExclusive() {
    return categoryExclusive;
  }

  @Override
  public GeneralizedSecondPriceAuction withCategoryExclusive(boolean exclusive) {
    return exclusive == categoryExclusive ? this : new GeneralizedSecondPriceAuction(exclusive);
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
    List<AuctionCandidate> remaining = entrants(candidates, floorCpmMicros);
    List<AuctionWinner> winners = new ArrayList<>(Math.min(slots, remaining.size()));
    while (winners.size() < slots && !remaining.isEmpty()) {
      AuctionCandidate c = remaining.remove(0);
      long next = remaining.isEmpty() ? 0 : remaining.get(0).ecpmMicros();
      long priceEcpm = Math.max(floorCpmMicros, next);
      assert priceEcpm <= c.ecpmMicros() : "a winner never pays more than its eCPM";
      winners.add(
          new AuctionWinner(winners.size(), c, priceEcpm, unitPrice(c, priceEcpm, floorCpmMicros)));
      dropExcluded(remaining, c, categoryExclusive);
    }
    return List.copyOf(winners);
  }

  @Override
  public boolean excludes(AuctionCandidate winner, AuctionCandidate other) {
    return Auction.super.excludes(winner, other)
        || (categoryExclusive && winner.sharesCategoryWith(other));
  }

  /**
   * Removes the candidates that can no longer win once {@code winner} holds a slot: its category's
   * when exclusive (advertisers enter once already, see {@link #entrants}).
   */
  static void dropExcluded(
      List<AuctionCandidate> remaining, AuctionCandidate winner, boolean categoryExclusive) {
    if (categoryExclusive && winner.category() != null) {
      remaining.removeIf(winner::sharesCategoryWith);
    }
  }

  /**
   * The candidates that may enter: each advertiser's best, clearing the floor, in {@link #RANKING}
   * order (a mutable list).
   */
  static List<AuctionCandidate> entrants(List<AuctionCandidate> candidates, long floorCpmMicros) {
    List<AuctionCandidate> ranked = bestPerAdvertiser(candidates, floorCpmMicros);
    ranked.sort(RANKING);
    return ranked;
  }

  private static List<AuctionCandidate> bestPerAdvertiser(
      List<AuctionCandidate> candidates, long floorCpmMicros) {
    Map<String, AuctionCandidate> best = new HashMap<>();
    for (AuctionCandidate c : candidates) {
      if (clearsFloor(c, floorCpmMicros)) {
        best.merge(c.advertiserId(), c, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
      }
    }
    return new ArrayList<>(best.values());
  }

  /**
   * The eCPM must reach the floor (and be positive); the bid must also reach the floor converted
   * into its unit, which is the same test in exact arithmetic and guards the price bounds against
   * rounding in floating point.
   */
  private static boolean clearsFloor(AuctionCandidate c, long floorCpmMicros) {
    return c.ecpmMicros() >= Math.max(1, floorCpmMicros)
        && c.bidMicros() >= floorEquivalentMicros(c, floorCpmMicros);
  }

  /** The floor in the candidate's bid unit, rounded up. */
  public static long floorEquivalentMicros(AuctionCandidate c, long floorCpmMicros) {
    return Pricing.unitPriceForEcpm(c.bidType(), floorCpmMicros, c.pCtr(), c.pCvr());
  }

  static long unitPrice(AuctionCandidate c, long priceEcpm, long floorCpmMicros) {
    long unit = Pricing.unitPriceForEcpm(c.bidType(), priceEcpm, c.pCtr(), c.pCvr());
    long atLeastFloor = Math.max(unit, floorEquivalentMicros(c, floorCpmMicros));
    return Math.min(c.bidMicros(), atLeastFloor);
  }
}
