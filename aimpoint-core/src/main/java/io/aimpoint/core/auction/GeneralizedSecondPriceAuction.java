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
 */
public final class GeneralizedSecondPriceAuction implements Auction {
  /** eCPM descending, then campaign id, then creative id. */
  public static final Comparator<AuctionCandidate> RANKING =
      Comparator.comparingLong(AuctionCandidate::ecpmMicros)
          .reversed()
          .thenComparing(AuctionCandidate::campaignId)
          .thenComparing(AuctionCandidate::creativeId);

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
    List<AuctionCandidate> ranked = bestPerAdvertiser(candidates, floorCpmMicros);
    ranked.sort(RANKING);
    int n = Math.min(slots, ranked.size());
    List<AuctionWinner> winners = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AuctionCandidate c = ranked.get(i);
      long next = i + 1 < ranked.size() ? ranked.get(i + 1).ecpmMicros() : 0;
      long priceEcpm = Math.max(floorCpmMicros, next);
      assert priceEcpm <= c.ecpmMicros() : "a winner never pays more than its eCPM";
      winners.add(new AuctionWinner(i, c, priceEcpm, unitPrice(c, priceEcpm, floorCpmMicros)));
    }
    return List.copyOf(winners);
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
